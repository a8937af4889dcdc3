import torch
from torch.testing import assert_close

z = torch.linspace(-6, 6, 25, dtype=torch.float64, requires_grad=True)
s = torch.sigmoid(z)
(auto,) = torch.autograd.grad(s.sum(), z)

by_quotient_rule = torch.exp(-z) / (1 + torch.exp(-z)) ** 2
by_sigma = s * (1 - s)
assert_close(by_quotient_rule.detach(), auto, rtol=1e-12, atol=1e-15)
assert_close(by_sigma.detach(), auto, rtol=1e-12, atol=1e-15)
print(f"largest slope {auto.max().item()} at z = {z[auto.argmax()].item():.1f}")
#> largest slope 0.25 at z = 0.0
