# launch: torchrun --nproc-per-node 2
import shutil
import tempfile
from pathlib import Path

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

dist.init_process_group("gloo")
rank = dist.get_rank()
torch.manual_seed(rank)  # different initial weights per rank...
ddp = DDP(nn.Linear(3, 1))  # ...until DDP copies rank 0's to every rank
folder = [tempfile.mkdtemp() if rank == 0 else None]
dist.broadcast_object_list(folder, src=0)  # every rank now knows rank 0's folder
path = Path(folder[0]) / "model.pt"
if rank == 0:  # one writer; .module drops the "module." prefix from the keys
    print(list(ddp.state_dict()), "->", list(ddp.module.state_dict()))
    #> ['module.weight', 'module.bias'] -> ['weight', 'bias']
    torch.save(ddp.module.state_dict(), path)
dist.barrier()  # nobody reads before rank 0 has written
model = nn.Linear(3, 1)
model.load_state_dict(torch.load(path, weights_only=True))
torch.testing.assert_close(model.weight, ddp.module.weight)
print(f"rank {rank}: loaded {path.name}, bias {model.bias.item():.4f}")
#> rank 0: loaded model.pt, bias -0.4249
#> rank 1: loaded model.pt, bias -0.4249
dist.barrier()  # nobody is still reading when rank 0 deletes the folder
if rank == 0:
    shutil.rmtree(folder[0])
dist.destroy_process_group()
