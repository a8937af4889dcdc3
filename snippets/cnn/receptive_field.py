import torch
from torch import nn


def receptive_field(layers):  # layers: (kernel, stride, dilation), from the input on
    size, jump = 1, 1  # jump: input pixels between two neighbouring outputs of the layer
    for k, s, d in layers:
        size += (k - 1) * d * jump
        jump *= s
    return size


def layer(k, s, d):  # a 1-channel conv of all-one weights (no gradient cancels), or an average pool
    if s > 1:
        return nn.AvgPool2d(k, s)
    conv = nn.Conv2d(1, 1, k, dilation=d, bias=False)
    nn.init.ones_(conv.weight)
    return conv


layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2), (2, 2, 1), (3, 1, 1)]
print([receptive_field(layers[: i + 1]) for i in range(len(layers))])  # after each layer
#> [3, 5, 6, 10, 18, 20, 28]
x = torch.zeros(1, 1, 64, 64, requires_grad=True)
out = nn.Sequential(*[layer(*spec) for spec in layers])(x)
out[0, 0, 4, 4].backward()  # one output pixel: which input pixels reach it?
reached = x.grad[0, 0] != 0
print(reached.any(1).sum().item(), reached.any(0).sum().item(), reached.sum().item())  # rows, columns, pixels
#> 28 28 784
print(x.grad.max().item(), x.grad[x.grad != 0].min().item())  # the centre weighs far more than the corners
#> 315.0625 0.0625
