import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(3, 4)

# the whole model as one graph of ATen operators
exported = torch.export.export(model, (x,))
nodes = exported.graph.nodes
print([str(n.target) for n in nodes if n.op == "call_function"])
#> ['aten.linear.default', 'aten.relu.default', 'aten.linear.default']
with tempfile.TemporaryDirectory() as tmp:
    # graph AND weights in one file: loading needs no Python class
    torch.export.save(exported, Path(tmp) / "model.pt2")
    loaded = torch.export.load(Path(tmp) / "model.pt2").module()
torch.testing.assert_close(loaded(x), model(x))
