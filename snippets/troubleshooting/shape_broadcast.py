import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
row_means = x.mean(dim=1)  # shape (3,): broadcasting lines it up with x's LAST dimension, 4
try:
    x - row_means
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: The size of tensor a (4) must match the size of tensor b (3) at non-singleton dimension 1
centred = x - x.mean(dim=1, keepdim=True)  # shape (3, 1): one mean per row
print(torch.allclose(centred.mean(dim=1), torch.zeros(3), atol=1e-6))
#> True
