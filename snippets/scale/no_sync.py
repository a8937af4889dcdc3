# launch: torchrun --nproc-per-node 2
import copy
import gc

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

dist.init_process_group("gloo")
rank = dist.get_rank()
torch.manual_seed(0)
model = nn.Linear(3, 1)
ddp = DDP(copy.deepcopy(model))
x, y = torch.randn(16, 3), torch.randn(16, 1)  # 2 ranks x 2 micro-batches x 4 samples
nn.functional.mse_loss(model(x), y).backward()  # the reference: one process, all 16
xs, ys = x[8 * rank:8 * rank + 8].split(4), y[8 * rank:8 * rank + 8].split(4)
with ddp.no_sync():  # accumulate locally: this backward skips the all-reduce
    (nn.functional.mse_loss(ddp(xs[0]), ys[0]) / 2).backward()
print(f"rank {rank}: local grad {ddp.module.bias.grad.item():.4f}")
#> rank 0: local grad -0.2095
#> rank 1: local grad -0.1714
(nn.functional.mse_loss(ddp(xs[1]), ys[1]) / 2).backward()  # this one all-reduces: the mean over ranks
print(f"rank {rank}: synced grad {ddp.module.bias.grad.item():.4f}")
#> rank 0: synced grad -0.4870
#> rank 1: synced grad -0.4870
for p, ref in zip(ddp.module.parameters(), model.parameters()):
    torch.testing.assert_close(p.grad, ref.grad)  # = one process over all 16
del ddp  # torch 2.14: free the last collectives of backward now, not at exit
gc.collect()
dist.destroy_process_group()
