import torch

torch.manual_seed(0)
print(torch.rand(2, 3))  # uniform on [0, 1)
#> tensor([[0.4963, 0.7682, 0.0885],
#>         [0.1320, 0.3074, 0.6341]])
print(torch.randn(2, 3))  # standard normal: mean 0, std 1
#> tensor([[ 1.2645, -0.6874,  0.1604],
#>         [-0.6065, -0.7831,  1.0622]])
print(torch.randint(0, 10, (2, 3)))  # integers in [0, 10)
#> tensor([[4, 3, 6],
#>         [9, 1, 4]])
