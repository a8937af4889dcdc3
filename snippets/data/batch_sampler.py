import torch
from torch.utils.data import BatchSampler, DataLoader, RandomSampler, SequentialSampler

ds = list(range(10))
# a BatchSampler turns a sampler of indices into lists of indices: one list per batch
print(list(BatchSampler(SequentialSampler(ds), batch_size=4, drop_last=False)))
#> [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]

batches = BatchSampler(RandomSampler(ds, generator=torch.Generator().manual_seed(0)),
                       batch_size=4, drop_last=True)
try:  # batch_sampler decides the batches: batch_size, shuffle, sampler, drop_last must go
    DataLoader(ds, batch_sampler=batches, batch_size=4)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last
print([b.tolist() for b in DataLoader(ds, batch_sampler=batches)])
#> [[4, 1, 7, 5], [3, 9, 0, 8]]
