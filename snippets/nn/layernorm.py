import torch
from torch import nn

torch.manual_seed(0)
ln = nn.LayerNorm(normalized_shape=4)  # the size of the last dimension
x = torch.randn(3, 4) * 3 + 5  # (batch, features)
# per sample, over its features (BatchNorm: per feature, over the batch)
mean = x.mean(dim=-1, keepdim=True)
var = x.var(dim=-1, keepdim=True, correction=0)  # biased
# weight (gamma) starts at 1 and bias (beta) at 0
torch.testing.assert_close(ln(x), (x - mean) / torch.sqrt(var + ln.eps))
torch.testing.assert_close(ln(x[:1]), ln(x)[:1])  # each sample on its own
print(list(ln.state_dict()))  # no running statistics
#> ['weight', 'bias']
train_out = ln(x)
ln.eval()
torch.testing.assert_close(ln(x), train_out)  # train and eval: the same

ln2 = nn.LayerNorm([2, 4])  # a list: over the last two dims together
z = torch.randn(5, 2, 4)
m, v = z.mean((1, 2), keepdim=True), z.var((1, 2), keepdim=True, correction=0)
torch.testing.assert_close(ln2(z), (z - m) / torch.sqrt(v + ln2.eps))
