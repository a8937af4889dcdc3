import torch
from torch import nn

model = nn.Linear(4, 2)
params = model.parameters()  # a generator: it can be read once
print(sum(p.numel() for p in params))  # counting the parameters reads it to the end
#> 10
try:
    torch.optim.SGD(params, lr=0.1)  # nothing left
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list

params = list(model.parameters())  # the fix: a list can be read again (or call parameters() again)
print(sum(p.numel() for p in params), len(torch.optim.SGD(params, lr=0.1).param_groups[0]["params"]))
#> 10 2

model.requires_grad_(False)  # every layer frozen: the filter lets nothing through
try:
    torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list
