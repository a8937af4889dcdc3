import torch

x = torch.tensor([3.0, 1.0, 2.0])
values, indices = x.sort()  # ascending; indices say where each value came from
print(values, indices)
#> tensor([1., 2., 3.]) tensor([1, 2, 0])
print(x.sort(descending=True).values, torch.equal(x[x.argsort()], values))
#> tensor([3., 2., 1.]) True
ties = torch.tensor([2, 1, 2, 1])
names = ["a", "b", "c", "d"]
order = ties.argsort(stable=True)  # stable: equal values keep their original order
print(order, [names[i] for i in order])
#> tensor([1, 3, 0, 2]) ['b', 'd', 'a', 'c']
