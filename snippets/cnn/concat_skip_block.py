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
        x = F.relu(x)
        y = F.relu(self.bn1(self.conv1(x)))  # conv1's output, computed once
        y = self.conv2(y)
        return torch.cat([x, y], 1)  # stack along channels (dim 1): 32 + 16


torch.manual_seed(0)
x = torch.randn(2, 32, 8, 8)
out = SkipBlock(32)(x)
print(out.shape)
#> torch.Size([2, 48, 8, 8])
torch.testing.assert_close(out[:, :32], x.relu())  # the (ReLU'd) input passes through as is
