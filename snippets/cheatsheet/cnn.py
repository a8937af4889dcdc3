import torch
from torch import nn

x = torch.zeros(8, 1, 28, 28)  # (N, C, H, W)
conv = nn.Conv2d(1, 6, kernel_size=5, stride=1, padding=2)
print(conv(x).shape)  # (28 + 2*2 - 5) // 1 + 1 = 28
#> torch.Size([8, 6, 28, 28])
print(nn.MaxPool2d(2)(conv(x)).shape)  # halves H and W
#> torch.Size([8, 6, 14, 14])
print(conv.weight.shape)  # (C_out, C_in, k, k)
#> torch.Size([6, 1, 5, 5])
print(nn.Flatten()(torch.zeros(8, 16, 5, 5)).shape)  # before the first Linear
#> torch.Size([8, 400])
