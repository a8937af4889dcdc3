# stderr: No CUDA runtime is found
# stderr: Calling register_constant() on Enum subclasses is deprecated
import io

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.benchmark import Timer
from torchao.quantization import Int8DynamicActivationInt8WeightConfig, quantize_

torch.manual_seed(0)
digits = load_digits()
X, y = torch.tensor(digits.data, dtype=torch.float32) / 16, torch.tensor(digits.target)
model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(40):  # full-batch training on the first 1400 digits
    optimizer.zero_grad()
    nn.functional.cross_entropy(model(X[:1400]), y[:1400]).backward()
    optimizer.step()


def report(name):  # size of the saved state_dict, accuracy on the 397 held-out digits, latency
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    with torch.inference_mode():
        accuracy = (model(X[1400:]).argmax(1) == y[1400:]).float().mean().item()
        t = Timer("model(X)", globals={"model": model, "X": X[1400:]}).blocked_autorange(min_run_time=0.1)
    print(f"{name}: {buffer.tell() / 1e3:.0f} kB, accuracy {accuracy:.2f}, {t.median * 1e3:.2f} ms")


report("float32")
#> float32: 343 kB, accuracy 0.91, ... ms
quantize_(model, Int8DynamicActivationInt8WeightConfig())  # in place: each Linear's weight -> int8
report("int8")
#> int8: 94 kB, accuracy 0.91, ... ms
print(type(model[0].weight).__name__, model[0].weight.qdata.dtype)
#> Int8Tensor torch.int8
