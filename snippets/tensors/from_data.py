import torch

print(torch.tensor([1, 2, 3]))  # the dtype is inferred from the data
#> tensor([1, 2, 3])
print(torch.tensor([1.0, 2, 3]))  # one float makes it float32
#> tensor([1., 2., 3.])
print(torch.tensor([[1, 2], [3, 4]], dtype=torch.float64))
#> tensor([[1., 2.],
#>         [3., 4.]], dtype=torch.float64)
print(torch.tensor(True))
#> tensor(True)
