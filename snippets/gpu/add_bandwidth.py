# uses: bench.py
# stderr: No CUDA runtime is found
import torch
from bench import measure, show, sizes

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
for n in sizes([2**10, 2**16], [2**10, 2**14, 2**18, 2**22, 2**26]):
    a, b = torch.randn(2, n, device=device)
    c = torch.empty(n, device=device)
    # read a and b, write c: 3 x 4 bytes per float32 element
    r = measure("add", n, lambda: torch.add(a, b, out=c), device=device, bytes_moved=12 * n)
    print(show(r))
    #> add 1024: ... us (IQR ..., ... blocks of calls) ... GB/s...
    #> add 65536: ... us (IQR ..., ... blocks of calls) ... GB/s...
