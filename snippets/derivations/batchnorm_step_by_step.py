import torch
from torch.testing import assert_close

torch.manual_seed(0)
m, eps = 32, 1e-5  # a batch of m = 32 samples, 64 features
x = torch.randn(m, 64, dtype=torch.float64, requires_grad=True)
gamma, beta = torch.rand(1, 64, dtype=torch.float64), torch.randn(1, 64, dtype=torch.float64)
dy = torch.randn(m, 64, dtype=torch.float64)  # the upstream gradient dL/dy

mean = x.sum(0, keepdim=True) / m
diff = x - mean
diff2 = diff**2
var = diff2.sum(0, keepdim=True) / (m - 1)  # Bessel's correction
var_inv = (var + eps) ** -0.5
xhat = diff * var_inv
y = gamma * xhat + beta
for t in (mean, diff, var, var_inv, xhat):
    t.retain_grad()
y.backward(dy)

dxhat = gamma * dy
dvar_inv = (diff * dxhat).sum(0, keepdim=True)  # var_inv was broadcast: sum
ddiff = var_inv * dxhat  # first of diff's two uses
dvar = -0.5 * (var + eps) ** -1.5 * dvar_inv
ddiff = ddiff + 2 * diff * dvar / (m - 1)  # second use, via var: add
dmean = -ddiff.sum(0, keepdim=True)
dx = ddiff + dmean / m  # x feeds diff directly and through the mean
hand = [dxhat, dvar_inv, dvar, ddiff, dmean, dx]
auto = [xhat, var_inv, var, diff, mean, x]
names = ["xhat", "var_inv", "var", "diff", "mean", "x"]
for name, h, a in zip(names, hand, auto):
    assert_close(h.detach(), a.grad, rtol=1e-10, atol=1e-12, msg=name)
# the path through var adds nothing to dmean, since the diffs sum to zero
assert_close(dmean, -(dxhat * var_inv).sum(0, keepdim=True), rtol=1e-10, atol=0)
# shifting every x_i of a feature by the same amount leaves xhat unchanged
# so dL/dx sums to zero over the batch, feature by feature
assert dx.sum(0).abs().max() < 1e-12
