import torch
import torch.nn.functional as F
from torch.testing import assert_close

torch.manual_seed(0)
m, eps = 8, 1e-5
x = torch.randn(m, 3, dtype=torch.float64, requires_grad=True)
gamma, beta = torch.rand(3, dtype=torch.float64), torch.randn(3, dtype=torch.float64)
dy = torch.randn(m, 3, dtype=torch.float64)


def fused_backward(var, k):
    """dL/dx in one formula; k = m/(m-1) with Bessel's correction, 1 without."""
    xhat = (x - x.mean(0)) / (var + eps).sqrt()
    g = gamma * dy  # dL/dxhat
    dx = (m * g - g.sum(0) - k * xhat * (g * xhat).sum(0)) / m
    return (dx / (var + eps).sqrt()).detach()


# Batch norm with Bessel's correction (unbiased variance), as in "backprop ninja"
var_u = x.var(0, correction=1)
y = gamma * (x - x.mean(0)) / (var_u + eps).sqrt() + beta
(dx,) = torch.autograd.grad(y, x, dy)
assert_close(fused_backward(var_u, m / (m - 1)), dx, rtol=1e-10, atol=1e-12)

# PyTorch's batch norm in training mode normalises with the biased variance
y = F.batch_norm(x, None, None, gamma, beta, training=True, eps=eps)
(dx,) = torch.autograd.grad(y, x, dy)
var_b = x.var(0, correction=0)
assert_close(fused_backward(var_b, 1.0), dx, rtol=1e-10, atol=1e-12)
# the unbiased form does not match it: off by far more than rounding
assert not torch.allclose(fused_backward(var_u, m / (m - 1)), dx, rtol=1e-3, atol=1e-3)
