import tempfile
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.safetensors"
    # named tensors, plus optional str -> str metadata in the JSON header; no pickle
    save_file(model.state_dict(), path, metadata={"epoch": "10"})
    state = load_file(path)  # a dict of tensors; device="cuda" loads straight to a GPU
    with safe_open(path, framework="pt") as f:  # lazy: the header, then one tensor at a time
        print(f.metadata(), f.get_slice("0.weight").get_shape())
        #> {'epoch': '10'} [8, 4]
    try:  # tensors only: no numbers, no nested dicts (an optimizer state_dict does not fit)
        save_file({"step": 5}, path)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        #> ValueError: Key `step` is invalid, expected torch.Tensor but received <class 'int'>
restored = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
print(restored.load_state_dict(state))
#> <All keys matched successfully>
x = torch.randn(2, 4)
assert torch.equal(restored(x), model(x))
