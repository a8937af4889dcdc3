import torch
from torch import nn

torch.manual_seed(0)
conv1d = nn.Conv1d(in_channels=1, out_channels=10, kernel_size=3)
conv2d = nn.Conv2d(3, 8, kernel_size=5, stride=2, padding=1)
conv3d = nn.Conv3d(2, 4, kernel_size=3, padding=1, dilation=2)
# inputs: (batch, channels, *spatial), spatial = length / H, W / D, H, W
print(conv1d(torch.randn(16, 1, 100)).shape)
#> torch.Size([16, 10, 98])
print(conv2d(torch.randn(16, 3, 32, 32)).shape)
#> torch.Size([16, 8, 15, 15])
print(conv3d(torch.randn(16, 2, 8, 8, 8)).shape)
#> torch.Size([16, 4, 6, 6, 6])
print(conv3d.weight.shape)  # (out_channels, in_channels, *kernel_size)
#> torch.Size([4, 2, 3, 3, 3])
