import torch
from torch import nn

torch.manual_seed(0)
linear = nn.Linear(in_features=3, out_features=2)
print(linear.weight.shape, linear.bias.shape)  # weight is (out, in)
#> torch.Size([2, 3]) torch.Size([2])

x = torch.randn(5, 3)
torch.testing.assert_close(linear(x), x @ linear.weight.T + linear.bias)
# any leading dimensions; only the last must be in_features
print(linear(torch.randn(7, 4, 3)).shape)
#> torch.Size([7, 4, 2])

identity = nn.Identity()  # returns its input: a placeholder, e.g. for a head
print(identity(x) is x)
#> True
