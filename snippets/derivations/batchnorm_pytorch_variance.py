import torch
from torch.testing import assert_close

torch.manual_seed(0)
x = torch.randn(8, 3)
bn = torch.nn.BatchNorm1d(3, momentum=1.0)  # keep only this batch's stats

y = bn(x)  # training mode
biased, unbiased = x.var(0, correction=0), x.var(0, correction=1)
assert_close(y, (x - x.mean(0)) / (biased + bn.eps).sqrt(), rtol=1e-5, atol=1e-6)  # uses 1/m
assert_close(bn.running_var, unbiased, rtol=1e-5, atol=1e-6)  # but stores the 1/(m-1) estimate
print(biased)
#> tensor([0.7240, 1.3687, 1.0174])
print(bn.running_var)
#> tensor([0.8275, 1.5642, 1.1628])
