import torch
import torch.nn.functional as F
from torch import nn


class ConvBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        # bias=False: the batch norm right after it would cancel the bias
        self.conv1 = nn.Conv2d(channels, channels // 2, kernel_size=3, stride=1, padding=1,
                               bias=False)
        self.bn1 = nn.BatchNorm2d(channels // 2)
        self.conv2 = nn.Conv2d(channels // 2, channels, kernel_size=3, stride=1, padding=1)

    def forward(self, x):
        x = F.relu(x)  # pre-activation: the block starts with the non-linearity
        x = F.relu(self.bn1(self.conv1(x)))
        return self.conv2(x)


torch.manual_seed(0)
x = torch.randn(2, 32, 8, 8)
print(ConvBlock(32)(x).shape)  # padding=1 with a 3x3 kernel keeps height and width
#> torch.Size([2, 32, 8, 8])

conv, bn = nn.Conv2d(32, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16)
without_bias = F.conv2d(x, conv.weight, padding=1)  # the same conv, bias dropped
# batch norm subtracts each channel's mean, and the bias with it
torch.testing.assert_close(bn(conv(x)), bn(without_bias))
