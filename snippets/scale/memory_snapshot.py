# requires: cuda
import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
torch.cuda.memory._record_memory_history(max_entries=100_000)  # record every alloc and free
model = nn.Sequential(nn.Linear(1024, 4096), nn.ReLU(), nn.Linear(4096, 1024)).cuda()
optimizer = torch.optim.Adam(model.parameters())
for _ in range(3):
    model(torch.randn(512, 1024, device="cuda")).sum().backward()
    optimizer.step()
    optimizer.zero_grad()
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "snapshot.pickle"  # drag it onto pytorch.org/memory_viz
    torch.cuda.memory._dump_snapshot(str(path))
    print(f"snapshot: {path.stat().st_size / 2**20:.1f} MiB")
    #> snapshot: 0.1 MiB
torch.cuda.memory._record_memory_history(enabled=None)  # stop recording
