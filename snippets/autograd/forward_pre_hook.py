import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)


def check_input(module, args):  # runs before module.forward, sees its positional inputs
    (x,) = args
    print("input", tuple(x.shape))
    if x.ndim == 1:
        return (x.unsqueeze(0),)  # a returned tuple replaces the inputs


handle = layer.register_forward_pre_hook(check_input)
print(layer(torch.ones(2)).shape)  # the hook added the batch dimension
#> input (2,)
#> torch.Size([1, 1])
handle.remove()
print(layer(torch.ones(2)).shape)
#> torch.Size([1])
