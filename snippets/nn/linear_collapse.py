import torch
from torch import nn

torch.manual_seed(0)
# three layers, no activations in between
deep = nn.Sequential(nn.Linear(4, 16), nn.Linear(16, 16), nn.Linear(16, 2))
l1, l2, l3 = deep
one = nn.Linear(4, 2)
with torch.no_grad():  # W = W3 W2 W1,  b = W3 (W2 b1 + b2) + b3
    one.weight.copy_(l3.weight @ l2.weight @ l1.weight)
    one.bias.copy_(l3.weight @ (l2.weight @ l1.bias + l2.bias) + l3.bias)

x = torch.randn(200, 4)
torch.testing.assert_close(deep(x), one(x))  # three layers, one linear map

# With ReLUs, even the best least-squares affine fit leaves an error
nonlinear = nn.Sequential(l1, nn.ReLU(), l2, nn.ReLU(), l3)
with torch.no_grad():
    x1, y = torch.cat([x, torch.ones(200, 1)], dim=1), nonlinear(x)
    fit = torch.linalg.lstsq(x1, y).solution
    print(f"{(x1 @ fit - y).abs().max():.3f}")
    #> 0.141
