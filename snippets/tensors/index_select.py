import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
idx = torch.tensor([2, 0])
print(x.index_select(0, idx))  # rows 2 and 0, the same as x[idx]
#> tensor([[7, 8, 9],
#>         [1, 2, 3]])
print(x.index_select(1, idx))  # columns 2 and 0, the same as x[:, idx]
#> tensor([[3, 1],
#>         [6, 4],
#>         [9, 7]])
assert torch.equal(x.index_select(1, idx), x[:, idx])
