# launch: torchrun --nproc-per-node 2
import copy
import gc

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

dist.init_process_group("gloo")
rank, world = dist.get_rank(), dist.get_world_size()
torch.manual_seed(0)  # same seed: the same weights and the same 8 samples on every rank
model = nn.Linear(3, 1)
ddp = DDP(copy.deepcopy(model))  # a replica per rank (DDP broadcasts rank 0's weights)
x, y = torch.randn(8, 3), torch.randn(8, 1)
nn.functional.mse_loss(model(x), y).backward()  # the reference: one process, all 8 samples

mine = slice(4 * rank, 4 * rank + 4)  # rank 0: samples 0-3, rank 1: samples 4-7
nn.functional.mse_loss(ddp(x[mine]), y[mine]).backward()  # backward all-reduces the mean
for p, ref in zip(ddp.parameters(), model.parameters()):
    torch.testing.assert_close(p.grad, ref.grad)
print(f"rank {rank}: mean of {world} ranks' gradients over 4 samples = gradient over 8")
#> rank 0: mean of 2 ranks' gradients over 4 samples = gradient over 8
#> rank 1: mean of 2 ranks' gradients over 4 samples = gradient over 8
del ddp  # torch 2.14: free the last collectives of backward now, not at exit
gc.collect()
dist.destroy_process_group()
