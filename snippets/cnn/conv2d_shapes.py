import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=5)
x = torch.randn(16, 3, 32, 32)  # (batch, in_channels, height, width)
print(conv(x).shape)  # (batch, out_channels, out_height, out_width)
#> torch.Size([16, 8, 28, 28])
print(conv.weight.shape)  # (out_channels, in_channels, kh, kw): 8 filters of shape 3x5x5
#> torch.Size([8, 3, 5, 5])
print(conv.bias.shape)  # one bias per output channel
#> torch.Size([8])
