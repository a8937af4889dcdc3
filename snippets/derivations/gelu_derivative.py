import math

import torch
import torch.nn.functional as F
from torch.testing import assert_close

x = torch.linspace(-4, 4, 33, dtype=torch.float64, requires_grad=True)
xd = x.detach()

(auto,) = torch.autograd.grad(F.gelu(x).sum(), x)  # exact: x * Phi(x)
Phi = 0.5 * (1 + torch.erf(xd / math.sqrt(2)))
phi = torch.exp(-xd**2 / 2) / math.sqrt(2 * math.pi)
assert_close(Phi + xd * phi, auto, rtol=1e-12, atol=1e-14)

(auto_t,) = torch.autograd.grad(F.gelu(x, approximate="tanh").sum(), x)
c, k = math.sqrt(2 / math.pi), 0.044715
th = torch.tanh(c * (xd + k * xd**3))
by_hand = 0.5 * (1 + th) + 0.5 * xd * (1 - th**2) * c * (1 + 3 * k * xd**2)
assert_close(by_hand, auto_t, rtol=1e-12, atol=1e-14)
assert (auto - auto_t).abs().max() < 1e-3  # the two forms' slopes differ by under 0.001 here

at = [12, 16, 20]  # x = -1, 0, 1
print(xd[at], auto[at].round(decimals=4), auto_t[at].round(decimals=4), sep="\n")
#> tensor([-1.,  0.,  1.], dtype=torch.float64)
#> tensor([-0.0833,  0.5000,  1.0833], dtype=torch.float64)
#> tensor([-0.0830,  0.5000,  1.0830], dtype=torch.float64)
