import pickle
import tempfile
from argparse import Namespace
from pathlib import Path

import torch

args = Namespace(lr=0.1, epochs=10)  # e.g. the command-line options, saved with the weights
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pt"
    torch.save({"weights": torch.ones(2), "args": args}, path)
    try:  # weights_only=True (the default): tensors and plain Python data only
        torch.load(path)
    except pickle.UnpicklingError as e:
        reason = next(line for line in str(e).splitlines() if "Unsupported global" in line)
        print(reason.strip().split(". Please")[0])
        #> WeightsUnpickler error: Unsupported global: GLOBAL argparse.Namespace was not an allowed global by default
    with torch.serialization.safe_globals([Namespace]):  # allow this one class you trust
        checkpoint = torch.load(path)
print(checkpoint["args"])
#> Namespace(lr=0.1, epochs=10)
