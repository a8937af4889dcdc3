from itertools import islice

import torch
from torch.utils.data import DataLoader

g = torch.Generator().manual_seed(0)
loader = DataLoader(range(8), batch_size=2, shuffle=True, generator=g)

epoch_start = g.get_state()  # checkpoint this at the start of each epoch, before iter(loader)
batches = iter(loader)  # draws from g: a seed now, the epoch's order at the first batch
done = next(batches).tolist()  # one batch, then the run is interrupted
left = [b.tolist() for b in batches]  # the batches the epoch still owed
mid_epoch = g.get_state()  # a state saved now comes after the draw

g.set_state(epoch_start)  # restore, redraw the same order, skip the batch already done
assert [b.tolist() for b in islice(loader, 1, None)] == left
g.set_state(mid_epoch)  # restoring the mid-epoch state gives the NEXT epoch's order instead
print(left, [b.tolist() for b in islice(loader, 1, None)])
#> [[1, 7], [2, 6], [4, 0]] [[4, 7], [1, 0], [6, 5]]
