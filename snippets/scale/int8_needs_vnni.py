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


def run():  # the output, and the median latency of one call in ms
    with torch.inference_mode():
        timer = Timer("model(x)", globals={"model": model, "x": x})
        return model(x), timer.blocked_autorange(min_run_time=0.1).median * 1e3


y_fast, fast = run()
torch.backends.mkldnn.enabled = False  # now int8 matmuls take the path a CPU without AVX-512 VNNI takes
y_slow, slow = run()
print(f"int8 model, matmuls by oneDNN: {fast:.2f} ms; by the fallback loop: {slow:.2f} ms")
#> int8 model, matmuls by oneDNN: ... ms; by the fallback loop: ... ms
assert torch.equal(y_slow, y_fast)  # exact integer sums either way: only the speed differs
assert slow > 3 * fast or not vnni  # with VNNI, the fallback is slower: 5 to 25 times here
