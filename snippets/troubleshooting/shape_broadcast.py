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
torch.testing.assert_close(centred.mean(dim=1), torch.zeros(3))  # every row now has mean 0
square = torch.arange(9.0).reshape(3, 3)
print(square.mean(dim=1))  # the row means
#> tensor([1., 4., 7.])
print(square - square.mean(dim=1))  # no error, wrong result: column j loses row j's mean
#> tensor([[-1., -3., -5.],
#>         [ 2.,  0., -2.],
#>         [ 5.,  3.,  1.]])
print(square - square.mean(dim=1, keepdim=True))  # each row loses its own mean
#> tensor([[-1.,  0.,  1.],
#>         [-1.,  0.,  1.],
#>         [-1.,  0.,  1.]])
