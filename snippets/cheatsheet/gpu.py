# stderr: No CUDA runtime is found
import torch
from torch.utils import benchmark

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
x = torch.randn(256, 256, device=device)  # made there: no copy from the CPU
# Timer synchronizes the device at each clock reading; its num_threads defaults to 1
timer = benchmark.Timer("x @ x", globals={"x": x}, num_threads=torch.get_num_threads())
measurement = timer.blocked_autorange(min_run_time=0.05)  # warms up, then repeats
print(f"x @ x on {device.type}: median {measurement.median * 1e6:.0f} us")
#> x @ x on ...: median ... us
