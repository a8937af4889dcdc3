# requires: cuda
# uses: bench.py
import torch
from bench import measure, sizes

torch.manual_seed(0)
n, m = sizes([2**16, 256], [2**26, 4096])  # elements to add; matrix side to multiply
for name, device in (("cpu", torch.device("cpu")), ("gpu", torch.device("cuda"))):
    a, b, c = torch.randn(3, n, device=device)
    x = torch.randn(m, m, device=device)
    add = measure("add", n, lambda: torch.add(a, b, out=c), device=device, bytes_moved=12 * n)
    mm = measure("matmul", m, lambda: x @ x, device=device, flops=2 * m**3)
    print(f"{name}: add {add['gbs']:.3g} GB/s, matmul {mm['gflops']:.3g} GFLOP/s")
    #> cpu: add ... GB/s, matmul ... GFLOP/s
    #> gpu: add ... GB/s, matmul ... GFLOP/s
