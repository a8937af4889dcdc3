# requires: cuda
# uses: bench.py
# timeout: 120
from functools import partial

import torch
from bench import measure, show, sizes

gpu = torch.device("cuda")
torch.manual_seed(0)
n = sizes([2**16], [2**26])[0]
x = torch.randn(n, device=gpu)


def gelu(x):  # eight element-wise ops: eager reads and writes memory for each one
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


fused = torch.compile(gelu)  # one generated kernel: read x once, write once
torch.testing.assert_close(fused(x), gelu(x))  # first call compiles; keep it out of the timing
builtin = partial(torch.nn.functional.gelu, approximate="tanh")  # one eager kernel
for name, fn in (("eager gelu", gelu), ("compiled gelu", fused), ("F.gelu", builtin)):
    print(show(measure(name, n, partial(fn, x), device=gpu, bytes_moved=8 * n)))
    #> eager gelu 65536: ... us (IQR ..., ... blocks of calls) ... GB/s...
    #> compiled gelu 65536: ... us (IQR ..., ... blocks of calls) ... GB/s...
    #> F.gelu 65536: ... us (IQR ..., ... blocks of calls) ... GB/s...
