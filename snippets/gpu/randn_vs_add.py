# uses: bench.py
# stderr: No CUDA runtime is found
import torch
from bench import measure, show, sizes

cpu = torch.device("cpu")
torch.manual_seed(0)
shape = sizes([300, 300], [10_000, 10_000])  # full size: the 1000x comparison's tensors
a, b = torch.randn(2, *shape)
draw = measure("randn", a.numel(), lambda: torch.randn(shape), device=cpu)
add = measure("add_", a.numel(), lambda: b.add_(a), device=cpu, bytes_moved=12 * a.numel())
print(show(draw))
#> randn 90000: ... us (IQR ..., ... blocks of calls)
print(show(add))
#> add_ 90000: ... us (IQR ..., ... blocks of calls) ... GB/s
assert draw["median_s"] > add["median_s"]  # a loop of draws and adds mostly times the draws
