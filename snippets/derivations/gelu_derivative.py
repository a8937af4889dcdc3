import math

import torch
import torch.nn.functional as F
from torch.testing import assert_close

x = torch.linspace(-6, 6, 1201, dtype=torch.float64, requires_grad=True)  # steps of 0.01
y = F.gelu(x)  # exact: x * Phi(x)
(auto,) = torch.autograd.grad(y.sum(), x)
x, y = x.detach(), y.detach()
Phi = 0.5 * (1 + torch.erf(x / math.sqrt(2)))
phi = torch.exp(-x**2 / 2) / math.sqrt(2 * math.pi)
assert_close(Phi + x * phi, auto, rtol=1e-12, atol=1e-14)
print(auto[[500, 600, 700]].round(decimals=4))  # at x = -1, 0, 1
#> tensor([-0.0833,  0.5000,  1.0833], dtype=torch.float64)
neg = auto < 0
print(f"GELU' < 0 on [{x[neg].min():.2f}, {x[neg].max():.2f}]; min GELU {y.min():.4f} at x = {x[y.argmin()]:.2f}")
#> GELU' < 0 on [-6.00, -0.76]; min GELU -0.1700 at x = -0.75
assert neg[: neg.sum()].all()  # one stretch, from the left end of the grid
