# uses: bench.py
# timeout: 120
# stderr: No CUDA runtime is found
import torch
from bench import measure
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
batch = 256
x, y = torch.randn(batch, 128, device=device), torch.randint(0, 10, (batch,), device=device)
for name in ("eager", "compiled"):
    model = nn.Sequential(nn.Linear(128, 512), nn.GELU(), nn.Linear(512, 10)).to(device)
    forward = torch.compile(model) if name == "compiled" else model
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

    def step():  # one training step: forward, backward, update
        optimizer.zero_grad()
        nn.functional.cross_entropy(forward(x), y).backward()
        optimizer.step()

    step()  # the first call compiles: keep it out of the timing
    r = measure(f"{name} train step", batch, step, device=device)
    print(f"{name}: {batch / r['median_s']:.0f} samples/s (IQR {r['iqr_s'] / r['median_s']:.0%} of the median)")
    #> eager: ... samples/s (IQR ...% of the median)
    #> compiled: ... samples/s (IQR ...% of the median)
