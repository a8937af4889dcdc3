import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(num_features=2, momentum=0.1)
x = torch.randn(64, 2) * 3 + 5  # mean about 5, std about 3
mean, var = x.mean(0), x.var(0)  # var: unbiased (correction=1)
biased_var = x.var(0, correction=0)

bn.train()  # normalises with THIS batch's mean and biased variance...
y = bn(x)
torch.testing.assert_close(y, (x - mean) / torch.sqrt(biased_var + bn.eps))
# ...and moves the running averages 10% of the way towards them
torch.testing.assert_close(bn.running_mean, 0.9 * 0 + 0.1 * mean)
torch.testing.assert_close(bn.running_var, 0.9 * 1 + 0.1 * var)
print(bn.running_mean, bn.running_var)
#> tensor([0.5014, 0.5301]) tensor([1.7029, 2.0665])

bn.eval()  # uses the running averages: same input, different output...
expected = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps)
torch.testing.assert_close(bn(x), expected)
assert not torch.allclose(bn(x), y)
torch.testing.assert_close(bn.running_mean, 0.1 * mean)  # ...and no update
