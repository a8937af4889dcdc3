# requires: cuda
import torch

n = 2**44  # bytes: 16 TiB, more than any GPU has
try:
    torch.empty(n, dtype=torch.uint8, device="cuda")
except torch.OutOfMemoryError as e:  # a subclass of RuntimeError
    print(f"{type(e).__name__}: {str(e).split('. GPU')[0]}")  # the message goes on: capacity, free, reserved
print(torch.cuda.memory_allocated())  # the failed request left nothing allocated

while True:  # one fix: smaller pieces (here, halve the request until it fits)
    try:
        block = torch.empty(n, dtype=torch.uint8, device="cuda")
        break
    except torch.OutOfMemoryError:
        n //= 2
print(n < 2**44, torch.cuda.memory_allocated() == n)
del block  # free it: the caching allocator keeps the memory reserved for the next tensor
