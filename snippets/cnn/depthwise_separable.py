import torch
from torch import nn

torch.manual_seed(0)
dense = nn.Conv2d(32, 64, kernel_size=3, padding=1)  # each filter sees all 32 input channels
grouped = nn.Conv2d(32, 64, kernel_size=3, padding=1, groups=4)  # 4 groups: each filter sees 8
separable = nn.Sequential(
    nn.Conv2d(32, 32, kernel_size=3, padding=1, groups=32),  # depthwise: one 3x3 filter per channel
    nn.Conv2d(32, 64, kernel_size=1),  # pointwise: mixes the channels
)
x = torch.randn(1, 32, 16, 16)
print(dense(x).shape == grouped(x).shape == separable(x).shape)
#> True
print(dense.weight.shape, grouped.weight.shape, separable[0].weight.shape)  # (out, in / groups, k, k)
#> torch.Size([64, 32, 3, 3]) torch.Size([64, 8, 3, 3]) torch.Size([32, 1, 3, 3])
print([sum(p.numel() for p in m.parameters()) for m in (dense, grouped, separable)])  # 64*32*9+64, 64*8*9+64, (32*9+32)+(64*32+64)
#> [18496, 4672, 2432]
try:
    nn.Conv2d(32, 64, kernel_size=3, groups=3)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: in_channels must be divisible by groups
