import torch
import torch.nn.functional as F
from torch.testing import assert_close

torch.manual_seed(0)
N, D, eps = 4, 6, 1e-5
x = torch.randn(N, D, dtype=torch.float64, requires_grad=True)
gamma = torch.rand(D, dtype=torch.float64, requires_grad=True)
beta = torch.randn(D, dtype=torch.float64, requires_grad=True)
dy = torch.randn(N, D, dtype=torch.float64)  # the gradient arriving from above
y = F.layer_norm(x, (D,), gamma, beta, eps=eps)
dx_auto, dgamma_auto, dbeta_auto = torch.autograd.grad(y, (x, gamma, beta), dy)

with torch.no_grad():  # by hand: each row over its own D features, biased variance
    s = (x.var(-1, correction=0, keepdim=True) + eps).sqrt()
    xhat = (x - x.mean(-1, keepdim=True)) / s
    g = gamma * dy  # dL/dxhat
    dx = (g - g.mean(-1, keepdim=True) - xhat * (g * xhat).mean(-1, keepdim=True)) / s
assert_close(dx, dx_auto, rtol=1e-10, atol=1e-12)
assert_close((dy * xhat).sum(0), dgamma_auto, rtol=1e-10, atol=1e-12)  # summed over the rows
assert_close(dy.sum(0), dbeta_auto, rtol=1e-10, atol=1e-12)
assert dx.sum(-1).abs().max() < 1e-12  # each row of dx sums to 0
wrong = gamma * (dy - dy.mean(-1, keepdim=True) - xhat * (dy * xhat).mean(-1, keepdim=True)) / s
assert not torch.allclose(wrong, dx_auto, rtol=1e-3, atol=1e-3)  # gamma pulled out of the sums
