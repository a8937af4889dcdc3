import torch
from torch.utils.data import DistributedSampler, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.arange(8))
# Under torchrun, DistributedSampler(data) reads the rank and world size from the
# process group; here both ranks' samplers are built in one process to compare them.
ranks = [DistributedSampler(data, num_replicas=2, rank=r, shuffle=True, seed=0) for r in range(2)]
for epoch in range(2):
    for r, sampler in enumerate(ranks):
        sampler.set_epoch(epoch)  # reshuffle: the seed is seed + epoch
        print(f"epoch {epoch} rank {r}: {list(sampler)}")
        #> epoch 0 rank 0: [4, 7, 2, 1]
        #> epoch 0 rank 1: [0, 3, 5, 6]
        #> epoch 1 rank 0: [5, 2, 7, 1]
        #> epoch 1 rank 1: [4, 6, 3, 0]
    assert sorted([*ranks[0], *ranks[1]]) == list(range(8))  # 8 = 2 x 4: disjoint shards, all of the data
stale = DistributedSampler(data, num_replicas=2, rank=0, shuffle=True, seed=0)
print("no set_epoch, rank 0:", [list(stale) for epoch in range(2)])  # same order each epoch
#> no set_epoch, rank 0: [[4, 7, 2, 1], [4, 7, 2, 1]]
odd = [DistributedSampler(range(7), num_replicas=2, rank=r, shuffle=False) for r in range(2)]
print("7 samples:", [list(sampler) for sampler in odd])  # padded to 8 by repeating sample 0
#> 7 samples: [[0, 2, 4, 6], [1, 3, 5, 0]]
