import torch
from torch import nn

torch.manual_seed(0)
try:
    nn.GroupNorm(num_groups=4, num_channels=6)  # the channels must split into equal groups
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: num_channels (6) must be divisible by num_groups (4)
gn = nn.GroupNorm(num_groups=6, num_channels=6).eval()  # one channel per group
try:
    gn(torch.randn(1, 6, 1, 1))  # one 1x1 image: one value per group, in eval mode too
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: Expected more than 1 value per channel when training, got input size [1, 6, 1, 1]
out = gn(torch.randn(2, 6, 1, 1))  # two such images pass, but a lone value normalises to 0
print(torch.allclose(out, torch.zeros_like(out), atol=1e-3))
#> True
