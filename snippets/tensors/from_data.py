import torch

print(torch.tensor([1, 2, 3]))  # the dtype is inferred from the data
#> tensor([1, 2, 3])
print(torch.tensor([1.0, 2, 3]))  # one float makes it float32
#> tensor([1., 2., 3.])
print(torch.tensor([[1, 2], [3, 4]], dtype=torch.float64))
#> tensor([[1., 2.],
#>         [3., 4.]], dtype=torch.float64)
scalar = torch.tensor(7)  # rank 0: no dimensions at all
print(scalar, scalar.ndim, scalar.shape)
#> tensor(7) 0 torch.Size([])
print(torch.tensor(True))
#> tensor(True)
