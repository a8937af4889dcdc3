import torch

print(torch.zeros(2, 3))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print(torch.ones(2, 3, dtype=torch.int64))
#> tensor([[1, 1, 1],
#>         [1, 1, 1]])
print(torch.full((2, 3), 7.0))
#> tensor([[7., 7., 7.],
#>         [7., 7., 7.]])
print(torch.eye(3))  # identity matrix
#> tensor([[1., 0., 0.],
#>         [0., 1., 0.],
#>         [0., 0., 1.]])
