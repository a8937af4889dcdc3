import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.sum(), x.mean())
#> tensor(21.) tensor(3.5000)
print(x.sum(dim=0))  # collapse the rows: one value per column
#> tensor([5., 7., 9.])
print(x.sum(dim=1))  # collapse the columns: one value per row
#> tensor([ 6., 15.])
print(x.sum(dim=1, keepdim=True))  # size 1 is kept, so it broadcasts back
#> tensor([[ 6.],
#>         [15.]])
print(x / x.sum(dim=1, keepdim=True))  # each row sums to 1
#> tensor([[0.1667, 0.3333, 0.5000],
#>         [0.2667, 0.3333, 0.4000]])
values, indices = x.max(dim=1)
print(values, indices, x.argmax(dim=1))
#> tensor([3., 6.]) tensor([2, 2]) tensor([2, 2])
print((x > 2).any(), (x > 2).all(), (x > 2).all(dim=1))  # a mask reduced: any, all, per row
#> tensor(True) tensor(False) tensor([False,  True])
print(x.std(), x.std(correction=0))  # unbiased (n - 1) by default
#> tensor(1.8708) tensor(1.7078)
