import torch

torch.manual_seed(0)
skip = torch.randn(1, 8, 7, 7)
up = torch.randn(1, 8, 6, 6)  # an upsampled map, one pixel short
try:
    torch.cat([skip, up], dim=1)  # joins channels: every other dimension must match
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 7 but got size 6 for tensor number 1 in the list.
print(torch.cat([skip[..., :6, :6], up], dim=1).shape)  # crop (or pad) to the same H and W
#> torch.Size([1, 16, 6, 6])
