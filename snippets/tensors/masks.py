import torch

x = torch.tensor([[1, -2, 3], [-4, 5, -6]])
print(x > 0)  # a boolean mask
#> tensor([[ True, False,  True],
#>         [False,  True, False]])
print(x[x > 0])  # picking with a mask gives a 1-D tensor
#> tensor([1, 3, 5])
print(x[[0, 1, 1], [0, 1, 2]])  # pairs of indices: x[0,0], x[1,1], x[1,2]
#> tensor([ 1,  5, -6])
print(torch.where(x > 0, x, 0))  # keep positives, zero the rest
#> tensor([[1, 0, 3],
#>         [0, 5, 0]])
