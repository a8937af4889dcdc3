import pickle
import tempfile
from pathlib import Path

import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    torch.save(model, path)  # the whole model, pickled: its classes by name, not only its tensors
    try:
        torch.load(path)
    except pickle.UnpicklingError as e:
        print(next(line.strip() for line in str(e).splitlines() if "Unsupported global" in line).split(". Please")[0])
        #> WeightsUnpickler error: Unsupported global: GLOBAL torch.nn.modules.container.Sequential was not an allowed global by default

    torch.save(model.state_dict(), path)  # the fix: save the state_dict, build the model in code
    rebuilt = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    print(rebuilt.load_state_dict(torch.load(path)))
    #> <All keys matched successfully>
