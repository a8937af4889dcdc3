import torch

x = torch.tensor([[1, 2], [3, 4], [5, 6]])  # (3, 2), stored row by row
print(x.view(2, 3))  # the same 6 numbers, read 3 to a row
#> tensor([[1, 2, 3],
#>         [4, 5, 6]])
print(x.view(6, -1))  # -1: work out this dimension from the others
#> tensor([[1],
#>         [2],
#>         [3],
#>         [4],
#>         [5],
#>         [6]])
print(x.reshape(3, 2).shape)
#> torch.Size([3, 2])
v = x.view(2, 3)
v[0, 0] = 100  # a view shares memory with its source
print(x[0])
#> tensor([100,   2])
