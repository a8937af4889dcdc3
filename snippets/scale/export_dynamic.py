import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
batch = torch.export.Dim("batch")
exported = torch.export.export(model, (torch.randn(3, 4),), dynamic_shapes=({0: batch},))
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.pt2"
    torch.export.save(exported, path)  # graph, weights and shape constraints in one file
    loaded = torch.export.load(path).module()  # no nn.Sequential code needed to load it
for n in (1, 7):  # exported with 3 rows, runs with any number
    x = torch.randn(n, 4)
    torch.testing.assert_close(loaded(x), model(x))
    print(n, tuple(loaded(x).shape))
    #> 1 (1, 2)
    #> 7 (7, 2)
try:
    loaded(torch.randn(5, 3))  # only the batch dimension was declared dynamic
except AssertionError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    #> AssertionError: Guard failed: input.size()[1] == 4
