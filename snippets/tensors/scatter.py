import torch

labels = torch.tensor([1, 0, 3])
one_hot = torch.zeros(3, 4).scatter_(1, labels.unsqueeze(1), 1.0)  # write 1 at each label
print(one_hot)
#> tensor([[0., 1., 0., 0.],
#>         [1., 0., 0., 0.],
#>         [0., 0., 0., 1.]])
# scatter_add_ sums every value that lands on the same slot: a sum per group
values = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
group = torch.tensor([0, 1, 0, 2, 1])
print(torch.zeros(3).scatter_add_(0, group, values))
#> tensor([4., 7., 4.])
