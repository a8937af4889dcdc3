import torch

print(torch.ones(3, 2))
#> tensor([[1., 1.],
#>         [1., 1.],
#>         [1., 1.]])
print(torch.zeros(3, 2, dtype=torch.int64))
#> tensor([[0, 0],
#>         [0, 0],
#>         [0, 0]])
print(torch.full((3, 2), 7.0))
#> tensor([[7., 7.],
#>         [7., 7.],
#>         [7., 7.]])
print(torch.eye(3))  # identity matrix
#> tensor([[1., 0., 0.],
#>         [0., 1., 0.],
#>         [0., 0., 1.]])
