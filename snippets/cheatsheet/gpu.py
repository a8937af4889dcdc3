import torch
from torch.utils import benchmark

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
x = torch.randn(256, 256, device=device)  # made there: no copy from the CPU
timer = benchmark.Timer("x @ x", globals={"x": x})  # synchronizes the GPU around each run
measurement = timer.blocked_autorange(min_run_time=0.05)  # warms up, then repeats
print(f"x @ x on {device.type}: median {measurement.median * 1e6:.0f} us")
#> x @ x on ...: median ... us
