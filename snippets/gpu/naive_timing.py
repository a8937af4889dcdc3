# requires: cuda
# raises: RuntimeError
# uses: bench.py
import time

import torch
from bench import ceiling, check

gpu = torch.device("cuda")
torch.manual_seed(0)
a = torch.randn(10_000, 10_000, device=gpu)
b = torch.randn(10_000, 10_000, device=gpu)
b.add_(a)  # warm-up: the first call pays for CUDA's start
torch.cuda.synchronize()
start = time.perf_counter()
for _ in range(10):  # the notes' loop: ten adds
    b.add_(a)  # queues a kernel and returns at once
launched = time.perf_counter() - start
torch.cuda.synchronize()  # wait until the GPU has done the work
finished = time.perf_counter() - start
print(f"without synchronize {launched * 1e3:.2g} ms, with {finished * 1e3:.2g} ms")
#> without synchronize ... ms, with ... ms
bandwidth = ceiling(gpu, "float32")[1]
check("ten adds, no synchronize", 10 * 12 * a.numel() / launched, bandwidth, "this GPU")
#> RuntimeError: ten adds, no synchronize: ... G/s is more than the ... G/s that this GPU can do; was the device synchronized?
