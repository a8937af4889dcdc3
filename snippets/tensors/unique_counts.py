import torch

labels = torch.tensor([2, 0, 2, 1, 2, 0])
values, counts = labels.unique(return_counts=True)  # sorted unique values
print(values, counts)
#> tensor([0, 1, 2]) tensor([2, 1, 3])
values, inverse = labels.unique(return_inverse=True)
print(inverse)  # for each element, the position of its value in `values`
#> tensor([2, 0, 2, 1, 2, 0])
assert torch.equal(values[inverse], labels)
