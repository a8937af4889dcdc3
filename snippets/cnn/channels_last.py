import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 5)  # (N, C, H, W)
y = x.to(memory_format=torch.channels_last)  # the same values, stored in N, H, W, C order
print(y.shape, x.stride(), y.stride())  # the shape stays (N, C, H, W): only the strides change
#> torch.Size([2, 3, 4, 5]) (60, 20, 5, 1) (60, 1, 15, 3)
print(torch.equal(x, y), y.is_contiguous(), y.is_contiguous(memory_format=torch.channels_last))
#> True False True
print([torch.randn(s).to(memory_format=torch.channels_last).is_contiguous() for s in [(2, 1, 4, 5), (2, 3, 1, 1)]])  # C or H*W = 1: both orders agree
#> [True, True]

model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.Conv2d(8, 4, 1))
expected = model(x)
model = model.to(memory_format=torch.channels_last)  # the 4-D weights too, converted once
out = model(y)
print(out.is_contiguous(memory_format=torch.channels_last), torch.allclose(out, expected, atol=1e-6))  # up to rounding
#> True True
try:
    out.view(2, -1)  # view needs the memory in (N, C, H, W) order
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
print(out.flatten(1).shape)  # flatten and reshape copy when they must
#> torch.Size([2, 24])
