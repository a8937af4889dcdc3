import pickle
import re
import tempfile
from pathlib import Path

import numpy as np
import torch

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pt"
    best = np.mean([0.5, 1.0])  # e.g. an accuracy: np.mean returns a NumPy scalar, not a float
    torch.save({"weights": torch.ones(2), "best_acc": best}, path)
    try:
        torch.load(path)  # weights_only=True, the default
    except pickle.UnpicklingError as e:
        lines = [re.sub(r"\x1b\[\d+m", "", line).strip() for line in str(e).splitlines()]  # no bold
        print(f"{type(e).__name__}: {lines[0]}")
        #> UnpicklingError: Weights only load failed. This file can still be loaded, to do so you have two options, do those steps only if you trust the source of the checkpoint.
        print(next(line for line in lines if "Unsupported global" in line).split(". Please")[0])
        #> WeightsUnpickler error: Unsupported global: GLOBAL numpy._core.multiarray.scalar was not an allowed global by default
    print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))  # not all it needs
    #> ['numpy._core.multiarray.scalar', 'numpy.dtype']
    # the fix for a file you trust: allow the classes it needs (a NumPy scalar needs three);
    # the third is the value's dtype class: np.dtypes.Float32DType for np.float32, Int64DType for np.int64
    with torch.serialization.safe_globals([np._core.multiarray.scalar, np.dtype, np.dtypes.Float64DType]):
        print(torch.load(path)["best_acc"])
        #> 0.75
    # the fix when saving: store plain Python numbers, tensors and state_dicts only
    torch.save({"weights": torch.ones(2), "best_acc": float(best)}, path)
    print(torch.load(path)["best_acc"])
    #> 0.75
