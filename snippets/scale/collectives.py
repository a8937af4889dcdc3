# launch: torchrun --nproc-per-node 2
import torch
import torch.distributed as dist

dist.init_process_group("gloo")  # gloo runs on CPUs; torchrun tells it where to meet
rank, world = dist.get_rank(), dist.get_world_size()
torch.manual_seed(0)
t = torch.tensor([1.0, 2.0]) * (rank + 1)
print(f"rank {rank} of {world}: {t.tolist()}")
#> rank 0 of 2: [1.0, 2.0]
#> rank 1 of 2: [2.0, 4.0]
dist.all_reduce(t, op=dist.ReduceOp.SUM)  # in place: every rank gets the sum
print(f"rank {rank}: all_reduce sum {t.tolist()}")
#> rank 0: all_reduce sum [3.0, 6.0]
#> rank 1: all_reduce sum [3.0, 6.0]
b = torch.tensor([10.0 * rank])
before = b.tolist()
dist.broadcast(b, src=0)  # in place: every rank gets rank 0's tensor
print(f"rank {rank}: broadcast {before} -> {b.tolist()}")
#> rank 0: broadcast [0.0] -> [0.0]
#> rank 1: broadcast [10.0] -> [0.0]
parts = [torch.zeros(1) for _ in range(world)]
dist.all_gather(parts, torch.tensor([rank + 0.5]))  # every rank gets every rank's tensor
print(f"rank {rank}: all_gather {[p.item() for p in parts]}")
#> rank 0: all_gather [0.5, 1.5]
#> rank 1: all_gather [0.5, 1.5]
dist.barrier()  # no rank passes until every rank has arrived
dist.destroy_process_group()
