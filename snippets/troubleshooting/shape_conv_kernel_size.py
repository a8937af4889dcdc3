import torch
from torch import nn


def make_net(padding):
    return nn.Sequential(
        nn.Conv2d(1, 8, 5, padding=padding), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 5, padding=padding), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 5, padding=padding),
    )


torch.manual_seed(0)
x = torch.randn(1, 1, 28, 28)
try:
    make_net(padding=0)(x)  # 28 -> 24 -> 12 -> 8 -> 4: too small for the last 5x5 kernel
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Calculated padded input size per channel: (4 x 4). Kernel size: (5 x 5). Kernel size can't be greater than actual input size
print(make_net(padding=2)(x).shape)  # padding=2 keeps a 5x5 conv's size: 28 -> 14 -> 7
#> torch.Size([1, 32, 7, 7])
