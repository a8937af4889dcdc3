import torch

x = torch.tensor([1, 2, 3, 4])
print(x.cumsum(dim=0))  # running total
#> tensor([ 1,  3,  6, 10])
print(x.cumprod(dim=0))  # running product
#> tensor([ 1,  2,  6, 24])
print(torch.tensor([[1, 2], [3, 4]]).cumsum(dim=1))  # along each row
#> tensor([[1, 3],
#>         [3, 7]])
lengths = torch.tensor([3, 1, 2])
print(torch.cat([torch.zeros(1, dtype=torch.int64), lengths.cumsum(0)]))  # offsets of packed items
#> tensor([0, 3, 4, 6])
