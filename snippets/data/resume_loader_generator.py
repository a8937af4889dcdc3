import torch
from torch.utils.data import DataLoader, RandomSampler

data = list(range(10))
g = torch.Generator().manual_seed(0)
loader = DataLoader(data, batch_size=2, shuffle=True, generator=g)  # the generator given to the LOADER
epoch_start = g.get_state()
epoch = [batch.tolist() for batch in loader]  # iter(loader) draws the workers' base seed from g, then the order
g.set_state(epoch_start)
print(sum(epoch, []), list(RandomSampler(data, generator=g)))  # the sampler alone skips that draw: another order
#> [3, 7, 5, 2, 0, 8, 1, 6, 9, 4] [4, 1, 7, 5, 3, 9, 0, 8, 6, 2]
g.set_state(epoch_start)
resumed = [batch.tolist() for batch in loader][2:]  # restore g, go through the loader itself, skip 2 batches
print(resumed == epoch[2:])
#> True
