import tempfile
from pathlib import Path

import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
x = torch.randn(2, 4)
exported = torch.export.export(model, (x,))  # the whole graph as ATen ops, no Python left
print([str(node.target) for node in exported.graph.nodes if node.op == "call_function"])
#> ['aten.linear.default', 'aten.relu.default', 'aten.linear.default']
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.pt2"
    torch.export.save(exported, path)  # where TorchScript had torch.jit.save
    loaded = torch.export.load(path).module()
torch.testing.assert_close(loaded(x), model(x))
