import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]], dtype=torch.int32)
print(torch.zeros_like(x))  # same shape, dtype and device as x
#> tensor([[0, 0, 0],
#>         [0, 0, 0]], dtype=torch.int32)
print(torch.ones_like(x))
#> tensor([[1, 1, 1],
#>         [1, 1, 1]], dtype=torch.int32)
print(torch.full_like(x, 9))
#> tensor([[9, 9, 9],
#>         [9, 9, 9]], dtype=torch.int32)
torch.manual_seed(0)
print(torch.rand_like(x, dtype=torch.float32))  # rand needs a floating dtype
#> tensor([[0.4963, 0.7682, 0.0885],
#>         [0.1320, 0.3074, 0.6341]])
