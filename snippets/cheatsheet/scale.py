# stderr: SyncActivityProfilerHandler
# stderr: gpuGetDeviceCount failed
import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.profiler import profile, record_function
from torch.utils.data import DistributedSampler

torch.manual_seed(0)
sampler = DistributedSampler(range(8), num_replicas=2, rank=0, seed=0)  # under torchrun: (data)
sampler.set_epoch(1)  # every epoch, or each epoch repeats the first one's order
print(list(sampler))
#> [5, 2, 7, 1]
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
with profile() as prof, record_function("predict"):
    model(torch.randn(3, 4))
print([(e.key, e.count) for e in prof.key_averages() if e.key == "predict"])
#> [('predict', 1)]
batch = torch.export.Dim("batch")
exported = torch.export.export(model, (torch.randn(3, 4),), dynamic_shapes=({0: batch},))
with tempfile.TemporaryDirectory() as folder:
    torch.export.save(exported, Path(folder) / "model.pt2")
    loaded = torch.export.load(Path(folder) / "model.pt2").module()
x = torch.randn(5, 4)
torch.testing.assert_close(loaded(x), model(x))
