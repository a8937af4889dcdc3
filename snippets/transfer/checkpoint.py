import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.randn(4, 3)).pow(2).mean().backward()
optimizer.step()

with tempfile.TemporaryDirectory() as folder:  # never overwrite a file in the working folder
    path = Path(folder) / "ckpt.pth"
    torch.save({"epoch": 1, "model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)
    checkpoint = torch.load(path, weights_only=True)  # tensors and plain containers only
print(sorted(checkpoint), checkpoint["epoch"])
#> ['epoch', 'model', 'optimizer'] 1
restored = nn.Linear(3, 1)
restored.load_state_dict(checkpoint["model"])
restored_opt = torch.optim.Adam(restored.parameters(), lr=0.1)
restored_opt.load_state_dict(checkpoint["optimizer"])  # Adam's moments: resume, don't restart
torch.testing.assert_close(restored.weight, model.weight)
print(restored_opt.state[restored.weight]["step"])
#> tensor(1.)
