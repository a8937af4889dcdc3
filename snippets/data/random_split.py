import torch
from torch.utils.data import TensorDataset, random_split

ds = TensorDataset(torch.arange(10))
train, test = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(42))
print(len(train), len(test), sorted(test.indices))
#> 8 2 [3, 7]

# the same seed gives the same split on every run: a test sample never leaks into training
# when you stop, save a model and later resume or evaluate it
_, again = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(42))
assert again.indices == test.indices
_, other = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(1))
print(sorted(other.indices))
#> [4, 7]
