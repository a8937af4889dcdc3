# uses: bench.py
# stderr: No CUDA runtime is found
import numpy as np
import torch
from bench import THREADS, measure, show, sizes
from threadpoolctl import threadpool_limits

cpu = torch.device("cpu")
rng = np.random.default_rng(0)
for n in sizes([8, 100, 256], [8, 32, 128, 512, 2048]):  # 100: the usual comparison's size
    a = rng.standard_normal((n, n), dtype=np.float32)  # float32 on both sides: same work
    t = torch.from_numpy(a)  # shares a's memory: the very same numbers
    with threadpool_limits(limits=THREADS):  # NumPy's BLAS gets torch's thread count
        numpy_result = measure("numpy matmul", n, lambda: a @ a, device=cpu, flops=2 * n**3)
    torch_result = measure("torch matmul", n, lambda: t @ t, device=cpu, flops=2 * n**3)
    print(show(numpy_result), show(torch_result), sep="\n")
    #> numpy matmul 8: ... us (IQR ..., ... blocks of calls) ... GFLOP/s
    #> torch matmul 8: ... us (IQR ..., ... blocks of calls) ... GFLOP/s
    #> numpy matmul 100: ... us (IQR ..., ... blocks of calls) ... GFLOP/s
    #> torch matmul 100: ... us (IQR ..., ... blocks of calls) ... GFLOP/s
    #> numpy matmul 256: ... us (IQR ..., ... blocks of calls) ... GFLOP/s
    #> torch matmul 256: ... us (IQR ..., ... blocks of calls) ... GFLOP/s
