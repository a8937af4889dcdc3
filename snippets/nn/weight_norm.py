import torch
from torch import nn
from torch.nn.utils import parametrizations, parametrize

torch.manual_seed(0)
layer = parametrizations.weight_norm(nn.Linear(3, 2))  # weight = g * v / ||v||, per row
print([name for name, _ in layer.named_parameters()])  # the weight itself is no parameter
#> ['bias', 'parametrizations.weight.original0', 'parametrizations.weight.original1']
g = layer.parametrizations.weight.original0  # the magnitude: one per output, (2, 1)
v = layer.parametrizations.weight.original1  # the direction, shaped like the weight
print(tuple(g.shape), tuple(v.shape))
#> (2, 1) (2, 3)
torch.testing.assert_close(layer.weight, g * v / v.norm(dim=1, keepdim=True))
torch.testing.assert_close(g, layer.weight.norm(dim=1, keepdim=True))  # starts as ||w||
with torch.no_grad():
    g.mul_(2)  # layer.weight is recomputed from g and v on each access
torch.testing.assert_close(layer.weight.norm(dim=1, keepdim=True), g)
before = layer.weight.detach().clone()
parametrize.remove_parametrizations(layer, "weight")  # bake it in, e.g. for inference
print([name for name, _ in layer.named_parameters()])
#> ['bias', 'weight']
torch.testing.assert_close(layer.weight.detach(), before)
