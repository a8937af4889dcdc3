import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.safetensors"
    save_file(model.state_dict(), path)  # a JSON header and raw tensor bytes: no pickle
    state = load_file(path)  # loading parses data; it never runs code from the file
restored = nn.Linear(3, 2)
restored.load_state_dict(state)
torch.testing.assert_close(restored.weight, model.weight)
print(sorted(state), state["weight"].dtype)
#> ['bias', 'weight'] torch.float32
