import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(x[:, 1])  # column 1 of every row
#> tensor([2, 5])
print(x[0, :])  # row 0
#> tensor([1, 2, 3])
print(x[1, 1])  # one element, still a tensor
#> tensor(5)
print(x[1, 1].item())  # a plain Python number
#> 5
print(x[-1, -2:])  # negative indices count from the end
#> tensor([5, 6])
