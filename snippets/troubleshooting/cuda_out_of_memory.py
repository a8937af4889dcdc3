# requires: cuda
import torch

n = 2**44  # bytes: 16 TiB, more than any GPU has
try:
    torch.empty(n, dtype=torch.uint8, device="cuda")
except torch.OutOfMemoryError as e:  # a subclass of RuntimeError
    print(f"{type(e).__name__}: {str(e).split('. GPU')[0]}")  # the message goes on: capacity, free, reserved
print(torch.cuda.memory_allocated())  # the failed request left nothing allocated

block = torch.empty(n // 2**14, dtype=torch.uint8, device="cuda")  # the fix: a smaller request (1 GiB)
print(torch.cuda.memory_allocated() == block.numel())
del block  # free it: the caching allocator keeps the memory reserved for the next tensor
