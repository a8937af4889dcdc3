# stderr: No CUDA runtime is found
# stderr: Calling register_constant() on Enum subclasses is deprecated
import torch
from torch import nn
from torch.utils.benchmark import Timer
from torchao.quantization import Int8DynamicActivationInt8WeightConfig, quantize_

caps = torch.cpu.get_capabilities()  # the instruction sets torch detected on this CPU
vnni = caps.get("avx512_vnni", False)  # what torch 2.14 checks before its fast int8 matmul
flags = {flag: caps.get(flag, False) for flag in ("avx2", "avx_vnni", "avx512_vnni", "amx_int8")}
print(torch.backends.cpu.get_cpu_capability(), flags)
#> ...

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
quantize_(model, Int8DynamicActivationInt8WeightConfig())
x = torch.rand(397, 64)


def ms():  # median latency of one call
    with torch.inference_mode():
        return Timer("model(x)", globals={"model": model, "x": x}).blocked_autorange(min_run_time=0.1).median * 1e3


fast = ms()
torch.backends.mkldnn.enabled = False  # now int8 matmuls take the path a CPU without AVX-512 VNNI takes
slow = ms()
print(f"int8 model, matmuls by oneDNN: {fast:.2f} ms; by the fallback loop: {slow:.2f} ms")
#> int8 model, matmuls by oneDNN: ... ms; by the fallback loop: ... ms
assert slow > 5 * fast or not vnni  # with VNNI, the fallback is many times slower
