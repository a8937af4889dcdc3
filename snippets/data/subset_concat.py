import torch
from torch.utils.data import ConcatDataset, Subset, TensorDataset

a = TensorDataset(torch.arange(0, 5))  # samples 0..4
b = TensorDataset(torch.arange(100, 103))  # samples 100..102

evens = Subset(a, [0, 2, 4])  # a view by index: no copy
print(len(evens), [evens[i][0].item() for i in range(len(evens))], evens.indices)
#> 3 [0, 2, 4] [0, 2, 4]
both = ConcatDataset([a, b])  # one after the other: index 5 is b[0]
print(len(both), both[4][0].item(), both[5][0].item(), both.cumulative_sizes)
#> 8 4 100 [5, 8]
