import torch

counts = torch.zeros(3)
idx = torch.tensor([0, 2, 2, 2])  # index 2 appears three times
counts[idx] += 1  # WRONG: reads, adds, writes back; repeats are written once, not summed
print(counts)
#> tensor([1., 0., 1.])
counts = torch.zeros(3)
counts.index_put_((idx,), torch.tensor(1.0), accumulate=True)  # RIGHT: adds every repeat
print(counts)
#> tensor([1., 0., 3.])
print(torch.bincount(idx, minlength=3))  # counting in particular has its own call
#> tensor([1, 0, 3])
