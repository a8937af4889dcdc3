import torch

x = torch.arange(6)
print(x.view(2, 3))
#> tensor([[0, 1, 2],
#>         [3, 4, 5]])
print(x.view(6, -1).shape)  # -1: work out this dimension from the others
#> torch.Size([6, 1])
print(x.reshape(3, 2))
#> tensor([[0, 1],
#>         [2, 3],
#>         [4, 5]])
v = x.view(2, 3)
v[0, 0] = 100  # a view shares memory with its source
print(x)
#> tensor([100,   1,   2,   3,   4,   5])
