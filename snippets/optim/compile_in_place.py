import torch
from torch import nn

graphs = []


def recording_backend(gm, example_inputs):  # a backend: the FX graph in, a callable out
    graphs.append(gm)
    return gm.forward  # run the captured graph as it is (no speed-up)


model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model.compile(backend=recording_backend)  # in place: returns None, no wrapper
print(type(model).__name__, list(model.state_dict())[:2])  # no "_orig_mod." prefix
#> Sequential ['0.weight', '0.bias']
model(torch.randn(3, 4))  # the first call compiles
print(len(graphs), [n.target.__name__ for n in graphs[0].graph.nodes if n.op == "call_function"])
#> 1 ['linear', 'relu', 'linear']
