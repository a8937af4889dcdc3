import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
seen = []
for name, i in (("first", 0), ("head", 2)):
    model[i].register_full_backward_hook(lambda m, grad_in, grad_out, name=name: seen.append((name, grad_in[0] is None)))
x = torch.randn(5, 4)  # data: its input to the first layer does not require grad
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record it (under -W error, backward() would raise it)
    model(x).sum().backward()
    model[0].requires_grad_(False)  # a frozen backbone: now the head's input does not require grad
    model(x).sum().backward()
print(seen)  # (layer, is grad_input (None,)?), last layer first: the hooks fire all the same
#> [('head', False), ('first', True), ('head', True)]
print(len(caught), caught[0].message)  # and each (None,) came with a warning
#> 2 Full backward hook is firing when gradients are computed with respect to module outputs since no inputs require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.
