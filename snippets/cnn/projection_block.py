import torch
import torch.nn.functional as F
from torch import nn


class DownBlock(nn.Module):
    """A residual block that changes the shape, so the skip path needs a 1x1 conv."""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, kernel_size=3, stride=2, padding=1,
                               bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)  # batch norm over conv1's output channels
        self.conv2 = nn.Conv2d(out_channels, out_channels, kernel_size=3, padding=1)
        self.conv3 = nn.Conv2d(in_channels, out_channels, kernel_size=1, stride=2)  # projection

    def forward(self, x):
        x = F.relu(x)
        x0 = self.conv3(x)
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.conv2(x)
        return x + x0


torch.manual_seed(0)
x = torch.randn(2, 16, 7, 9)  # odd sizes: both paths give ceil(size / 2)
print(DownBlock(16, 32)(x).shape)  # channels doubled, height and width halved
#> torch.Size([2, 32, 4, 5])
