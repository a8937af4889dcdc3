# stderr: No CUDA runtime is found
import time

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 256), nn.GELU(), nn.Linear(256, 64))
x = torch.randn(512, 64)
compiled = torch.compile(model)  # returns at once: compiles on first call

start = time.perf_counter()
# traces the Python code, then generates and builds C++ (needs a compiler)
out = compiled(x)
print(f"first call: {time.perf_counter() - start:.1f} s")
#> first call: ... s
start = time.perf_counter()
compiled(x)
print(f"second call: {1000 * (time.perf_counter() - start):.2f} ms")
#> second call: ... ms
torch.testing.assert_close(out, model(x))  # same function, generated code
