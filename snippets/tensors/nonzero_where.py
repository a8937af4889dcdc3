import torch

x = torch.tensor([[0, 3, 0], [4, 0, 5]])
print(x.nonzero())  # one row of coordinates per non-zero element
#> tensor([[0, 1],
#>         [1, 0],
#>         [1, 2]])
print(torch.where(x > 0))  # one tensor of indices per dimension (nonzero(as_tuple=True))
#> (tensor([0, 1, 1]), tensor([1, 0, 2]))
rows, cols = torch.where(x > 0)
print(x[rows, cols])  # those indices pick the elements
#> tensor([3, 4, 5])
print(torch.where(x > 0, x, -1))  # three arguments: choose element-wise
#> tensor([[-1,  3, -1],
#>         [ 4, -1,  5]])
