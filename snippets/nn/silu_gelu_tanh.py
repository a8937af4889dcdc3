import math

import torch
from torch import nn

x = torch.linspace(-6, 6, 12001, dtype=torch.float64)
silu = nn.SiLU()  # x * sigmoid(x): swish with beta = 1
torch.testing.assert_close(silu(x), x * torch.sigmoid(x))
print(f"SiLU's minimum: {silu(x).min().item():.4f}")  # negative, unlike ReLU
#> SiLU's minimum: -0.2785

tanh_gelu = nn.GELU(approximate="tanh")
formula = 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
torch.testing.assert_close(tanh_gelu(x), formula)
gap = (nn.GELU()(x) - tanh_gelu(x)).abs()  # against the exact x * Phi(x)
print(f"max gap {gap.max().item():.1e} at |x| = {x[gap.argmax()].abs().item():.1f}")
#> max gap 4.7e-04 at |x| = 2.7
