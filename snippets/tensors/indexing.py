import torch

x = torch.tensor([[1, 2], [3, 4], [5, 6]])  # 3 rows, 2 columns
print(x.size())
#> torch.Size([3, 2])
print(x[:, 1])  # every row, column 1
#> tensor([2, 4, 6])
print(x[0, :])  # row 0
#> tensor([1, 2])
y = x[1, 1]  # one element, still a tensor
print(y)
#> tensor(4)
print(y.item())  # a plain Python number
#> 4
print(x[-1, -1], x[1:, 0])  # negative indices count from the end; slices keep a dimension
#> tensor(6) tensor([3, 5])
