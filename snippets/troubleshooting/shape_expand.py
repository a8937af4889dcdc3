import torch

torch.manual_seed(0)
v = torch.randn(3)
try:
    v.expand(3, 4)  # v lines up with the LAST dimension: size 3 against 4
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [3, 4].  Tensor sizes: [3]
print(v[:, None].expand(3, 4).shape)  # (3, 1): a size-1 dimension can be expanded
#> torch.Size([3, 4])
