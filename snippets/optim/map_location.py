import tempfile
from pathlib import Path

import torch
from torch import nn

model = nn.Linear(1000, 1000)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    torch.save(model.state_dict(), path)  # tensors remember the device they were saved from
    # a checkpoint saved on a GPU loads on a CPU-only machine with map_location="cpu"
    state = torch.load(path, map_location="cpu")
    print(state["weight"].device)
    #> cpu
    # or "cuda:0", a torch.device, or a dict {"cuda:1": "cuda:0"} to move between GPUs
    shapes = torch.load(path, map_location="meta")  # shapes and dtypes only, no data read
    print(shapes["weight"].device, shapes["weight"].shape, shapes["weight"].dtype)
    #> meta torch.Size([1000, 1000]) torch.float32
