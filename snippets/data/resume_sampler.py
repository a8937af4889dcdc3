import torch
from torch.utils.data import DataLoader, RandomSampler

data = list(range(10))  # any map-style data set
g = torch.Generator().manual_seed(0)
loader = DataLoader(data, batch_size=2, sampler=RandomSampler(data, generator=g))
run = []
for epoch in range(3):
    if epoch == 1:  # at each epoch's start, before iter(loader): the sampler's generator state
        checkpoint = {"epoch": epoch, "sampler_rng": g.get_state(), "batches_done": 2}  # say it stops here
    run.append([batch.tolist() for batch in loader])
print(run[1])
#> [[4, 0], [8, 5], [9, 1], [6, 3], [7, 2]]

g = torch.Generator()  # a new process: restore, redraw the epoch's order, drop what was done
g.set_state(checkpoint["sampler_rng"])
order = list(RandomSampler(data, generator=g))
rest = order[checkpoint["batches_done"] * 2:]  # the skipped samples are never loaded
resumed = [batch.tolist() for batch in DataLoader(data, batch_size=2, sampler=rest)]
print(resumed)
#> [[9, 1], [6, 3], [7, 2]]
assert resumed == run[1][2:]
loader = DataLoader(data, batch_size=2, sampler=RandomSampler(data, generator=g))  # later epochs as usual
assert [batch.tolist() for batch in loader] == run[2]
