import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
grad_outputs = []  # needing only grad_output: a backward PRE-hook, which does not warn
layer.register_full_backward_pre_hook(lambda m, grad_output: grad_outputs.append(grad_output))
layer(torch.randn(5, 4)).sum().backward()  # its input is data, yet this runs cleanly under -W error
print(grad_outputs[0][0].shape)
#> torch.Size([5, 3])
