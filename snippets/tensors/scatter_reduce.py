import torch

values = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
group = torch.tensor([0, 1, 0, 2, 1])
out = torch.zeros(3)
# include_self=False: only the scattered values take part
print(out.scatter_reduce(0, group, values, reduce="amax", include_self=False))
#> tensor([3., 5., 4.])
print(out.scatter_reduce(0, group, values, reduce="mean", include_self=False))
#> tensor([2.0000, 3.5000, 4.0000])
# the default include_self=True: out's own 0 joins each group, (0 + 1 + 3) / 3
print(out.scatter_reduce(0, group, values, reduce="mean"))
#> tensor([1.3333, 2.3333, 2.0000])
