import torch
import torch.nn.functional as F
from torch import nn


class ResBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()  # without it, assigning a layer fails
        self.conv1 = nn.Conv2d(channels, channels // 2, kernel_size=3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels // 2)
        self.conv2 = nn.Conv2d(channels // 2, channels, kernel_size=3, padding=1)

    def forward(self, x):
        x0 = x
        x = F.relu(x)
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.conv2(x)
        return x + x0  # same shape on both paths, or the sum fails


torch.manual_seed(0)
block = ResBlock(16)
x = torch.randn(2, 16, 8, 8)
print(block(x).shape)
#> torch.Size([2, 16, 8, 8])

nn.init.zeros_(block.conv2.weight)  # with the convolutions' path silenced ...
nn.init.zeros_(block.conv2.bias)
x.requires_grad_(True)
out = block(x)
out.sum().backward()
assert torch.equal(out, x)  # ... the block is the identity,
assert torch.equal(x.grad, torch.ones_like(x))  # and the gradient reaches x whole, through the skip
