import torch

x = torch.arange(7)
print([t.tolist() for t in x.chunk(3)])  # 3 pieces, the last one smaller
#> [[0, 1, 2], [3, 4, 5], [6]]
print([t.tolist() for t in x.split(3)])  # pieces of size 3
#> [[0, 1, 2], [3, 4, 5], [6]]
print([t.tolist() for t in x.split([2, 5])])  # exact sizes
#> [[0, 1], [2, 3, 4, 5, 6]]
print(len(torch.arange(6).chunk(4)))  # chunk may give fewer pieces than asked: 3 pieces of 2, not 4
#> 3
print(x.tensor_split(4))  # always the number asked for, as even as possible
#> (tensor([0, 1]), tensor([2, 3]), tensor([4, 5]), tensor([6]))
