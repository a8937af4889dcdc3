import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
with tempfile.TemporaryDirectory() as tmp:  # a real project: a path of its own
    path = Path(tmp) / "model.pt"
    # the recommended way: the tensors only, not the class
    torch.save(model.state_dict(), path)

    # rebuild the architecture in code, then load the weights into it
    restored = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    print(restored.load_state_dict(torch.load(path)))
    #> <All keys matched successfully>
x = torch.randn(3, 4)
assert torch.equal(restored(x), model(x))
