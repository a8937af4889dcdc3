import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.safetensors"
    # a flat dict of tensors, no pickle: loading runs no code (and can mmap)
    save_file(model.state_dict(), path)
    state = load_file(path)  # a dict of tensors; device="cuda" loads straight to a GPU
print(sorted(state), state["0.weight"].shape)
#> ['0.bias', '0.weight', '2.bias', '2.weight'] torch.Size([8, 4])
restored = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
print(restored.load_state_dict(state))
#> <All keys matched successfully>
x = torch.randn(2, 4)
assert torch.equal(restored(x), model(x))
