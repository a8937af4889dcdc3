import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
grads = {}


def save_grad(module, grad_input, grad_output):  # runs when the module's gradients are ready
    grads["dL/d output"] = grad_output[0].detach()  # gradient w.r.t. the module's output
    grads["dL/d input"] = grad_input[0].detach()  # gradient w.r.t. its input


handle = model[1].register_full_backward_hook(save_grad)
x = torch.randn(5, 4)
model(x).sum().backward()
print({name: tuple(g.shape) for name, g in grads.items()})
#> {'dL/d output': (5, 3), 'dL/d input': (5, 3)}
h = model[1](model[0](x)).detach()  # tanh' = 1 - tanh^2 links the two
torch.testing.assert_close(grads["dL/d input"], grads["dL/d output"] * (1 - h**2))
handle.remove()
