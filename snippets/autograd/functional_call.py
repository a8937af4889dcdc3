import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0]])
new = {"weight": torch.tensor([[1.0, 1.0]]), "bias": torch.tensor([0.5])}
print(functional_call(model, new, (x,)))  # runs the module with these tensors in place
#> tensor([[3.5000]])
print(torch.equal(model.weight, new["weight"]))  # the module's own parameters are untouched
#> False
