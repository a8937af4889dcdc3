import torch
from torch.utils.data import DataLoader, SubsetRandomSampler

ds = list(range(10, 20))  # any indexable data set
g = torch.Generator().manual_seed(0)
perm = torch.randperm(len(ds), generator=g).tolist()
train_idx, val_idx = perm[:8], perm[8:]  # one data set, two disjoint index lists

# draws only from the given indices, in a new random order every epoch
train_loader = DataLoader(ds, batch_size=4, sampler=SubsetRandomSampler(train_idx, generator=g))
val_loader = DataLoader(ds, batch_size=4, sampler=SubsetRandomSampler(val_idx, generator=g))
for epoch in range(2):
    print([batch.tolist() for batch in train_loader], [batch.tolist() for batch in val_loader])
    #> [[15, 14, 13, 17], [18, 10, 19, 11]] [[16, 12]]
    #> [[13, 19, 11, 14], [18, 15, 10, 17]] [[16, 12]]
