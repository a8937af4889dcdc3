import torch

torch.manual_seed(0)
a = torch.randn(2, 3)
b = torch.randn(2, 3)
try:
    a @ b  # (2x3) @ (2x3): the inner sizes, 3 and 2, differ
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
print((a @ b.T).shape)  # (2x3) @ (3x2): the inner sizes agree
#> torch.Size([2, 2])
