import torch
import torch.nn.functional as F
from torch import nn


class SkipBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels // 2, kernel_size=3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels // 2)
        self.conv2 = nn.Conv2d(channels // 2, channels // 2, kernel_size=3, padding=1)

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(F.relu(x))))
        y = self.conv2(y)
        return torch.cat([x, y], 1)  # the input as it came, then the new features: 32 + 16


torch.manual_seed(0)
x = torch.randn(2, 32, 8, 8)
out = SkipBlock(32)(x)
print(out.shape)
#> torch.Size([2, 48, 8, 8])
assert torch.equal(out[:, :32], x)  # the input passes through unchanged (as in DenseNet)
