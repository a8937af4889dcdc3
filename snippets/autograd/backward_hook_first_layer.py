import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
seen = []
handle = model[0].register_full_backward_hook(lambda m, grad_input, grad_output: seen.append(grad_input))
x = torch.randn(5, 4)  # data: its input to the first layer does not require grad
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record it (under -W error, backward() would raise it)
    model(x).sum().backward()
print(seen)  # the hook fired, but there is no input gradient
#> [(None,)]
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
    #> UserWarning: Full backward hook is firing when gradients are computed with respect to module outputs since no inputs require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.
handle.remove()

grad_outputs = []  # needing only grad_output: a backward PRE-hook, which does not warn
model[0].register_full_backward_pre_hook(lambda m, grad_output: grad_outputs.append(grad_output))
model(x).sum().backward()
print(grad_outputs[0][0].shape)
#> torch.Size([5, 3])
