# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1024, 4096), nn.ReLU(), nn.Linear(4096, 1024)).cuda()
x = torch.randn(512, 1024, device="cuda")
torch.cuda.reset_peak_memory_stats()  # start the high-water mark from what is allocated now
print(f"allocated now: {torch.cuda.memory_allocated() / 2**20:.1f} MiB")
#> allocated now: 34.0 MiB
model(x).sum().backward()  # activations saved for backward, then gradients
print(f"peak in the step: {torch.cuda.max_memory_allocated() / 2**20:.1f} MiB")
#> peak in the step: 139.0 MiB
print(f"reserved by the caching allocator: {torch.cuda.memory_reserved() / 2**20:.1f} MiB")
#> reserved by the caching allocator: 154.0 MiB
