import math

import torch
import torch.nn.functional as F
from torch.testing import assert_close

x = torch.linspace(-6, 6, 1201, dtype=torch.float64, requires_grad=True)  # steps of 0.01
(auto,) = torch.autograd.grad(F.gelu(x, approximate="tanh").sum(), x)
(exact,) = torch.autograd.grad(F.gelu(x).sum(), x)
x = x.detach()
c, k = math.sqrt(2 / math.pi), 0.044715
th = torch.tanh(c * (x + k * x**3))
by_hand = 0.5 * (1 + th) + 0.5 * x * (1 - th**2) * c * (1 + 3 * k * x**2)
assert_close(by_hand, auto, rtol=1e-12, atol=1e-14)
print(auto[[500, 600, 700]].round(decimals=4))  # at x = -1, 0, 1
#> tensor([-0.0830,  0.5000,  1.0830], dtype=torch.float64)
gap = (auto - exact).abs()
print(f"largest gap to the exact slope: {gap.max().item():.5f}, at |x| = {x[gap.argmax()].abs().item():.2f}")
#> largest gap to the exact slope: 0.00087, at |x| = 2.02
