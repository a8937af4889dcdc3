import torch
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.randn(16, 8, 3, 3)  # a conv weight: 8 -> 16 channels
x = torch.randn(1, 8, 16, 16, requires_grad=True)
y = F.conv2d(x, w, stride=2, padding=1)
g = torch.randn_like(y)
y.backward(g)

# the transposed conv with the SAME weight is the backward pass of the conv ...
up = F.conv_transpose2d(g, w, stride=2, padding=1, output_padding=1)
torch.testing.assert_close(up, x.grad)
# ... which restores the shape, not the values: it is not an inverse
back = F.conv_transpose2d(y, w, stride=2, padding=1, output_padding=1)
print(back.shape)
#> torch.Size([1, 8, 16, 16])
print(f"relative error: {((back - x).norm() / x.norm()).item():.0f}")  # not even close to the input
#> relative error: 62
