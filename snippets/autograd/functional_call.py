import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(2, 1)
before = model.weight.detach().clone()
x = torch.tensor([[1.0, 2.0]])
new = {"weight": torch.tensor([[1.0, 1.0]]), "bias": torch.tensor([0.5])}
print(functional_call(model, new, (x,)))  # runs the module with these tensors in place
#> tensor([[3.5000]])
assert torch.equal(model.weight, before)  # the module's own parameters are untouched
