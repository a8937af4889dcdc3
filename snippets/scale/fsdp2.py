# launch: torchrun --nproc-per-node 2
import gc

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict
from torch.distributed.fsdp import fully_shard

dist.init_process_group("gloo")
rank = dist.get_rank()
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 2))
for layer in (model[0], model[2]):
    fully_shard(layer)  # each layer's parameters become one communication unit
fully_shard(model)  # then the root: whatever is left
w = model[0].weight  # a DTensor: this rank holds a shard of rows
print(f"rank {rank}: {tuple(w.shape)} {w.placements} local {tuple(w.to_local().shape)}")
#> rank 0: (6, 4) (Shard(dim=0),) local (3, 4)
#> rank 1: (6, 4) (Shard(dim=0),) local (3, 4)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss = model(torch.randn(8, 4)).pow(2).mean()  # forward all-gathers each layer's weights
loss.backward()  # backward reduce-scatters the gradients back into shards
optimizer.step()  # each rank updates only its shard
full = get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
print(f"rank {rank}: {len(full)} tensors")  # cpu_offload=True: gathered on rank 0 only
#> rank 0: 4 tensors
#> rank 1: 0 tensors
if rank == 0:  # plain tensors, ready for torch.save
    print({k: tuple(v.shape) for k, v in full.items()}, type(full["0.weight"]).__name__)
    #> {'0.weight': (6, 4), '0.bias': (6,), '2.weight': (2, 6), '2.bias': (2,)} Tensor
del model, optimizer, loss  # torch 2.14: free the last collectives of backward now, not at exit
gc.collect()
dist.destroy_process_group()
