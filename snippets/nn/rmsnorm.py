import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 4) * 3 + 5  # (batch, features)
rms = nn.RMSNorm(4)  # over the last dimension, like nn.LayerNorm(4)
print(list(rms.state_dict()))  # a scale (gamma), no bias
#> ['weight']
# divide by the root mean square; no mean is subtracted
eps = torch.finfo(torch.float32).eps  # eps=None: the machine epsilon of float32
by_hand = x / torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True) + eps)
torch.testing.assert_close(rms(x), by_hand)
y = rms(x).detach()
print(y.pow(2).mean(dim=-1).round(decimals=4))  # each row: mean square 1
#> tensor([1., 1., 1.])
print(y.mean(dim=-1).round(decimals=4))  # but not centred (LayerNorm's means are 0)
#> tensor([0.7549, 0.8190, 0.9655])
