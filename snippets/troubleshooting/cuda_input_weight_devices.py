# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, kernel_size=3).to("cuda")
x = torch.randn(8, 3, 32, 32)  # a batch, still on the CPU (one small image takes another path)
try:
    conv(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
try:  # the other way round: a CUDA input, a model left on the CPU
    nn.Conv2d(3, 8, kernel_size=3)(x.to("cuda"))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

print(conv(x.to("cuda")).device)  # the fix: input and model on one device
