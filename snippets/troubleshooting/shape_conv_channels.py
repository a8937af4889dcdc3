import torch
from torch import nn

torch.manual_seed(0)
rgb_conv = nn.Conv2d(3, 8, kernel_size=3)  # wants (N, 3, H, W)
hwc = torch.randn(4, 28, 28, 3)  # channels last, as NumPy and PIL hold images
try:
    rgb_conv(hwc)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Given groups=1, weight of size [8, 3, 3, 3], expected input[4, 28, 28, 3] to have 3 channels, but got 28 channels instead
print(rgb_conv(hwc.permute(0, 3, 1, 2)).shape)  # (N, H, W, C) -> (N, C, H, W)
#> torch.Size([4, 8, 26, 26])

gray_conv = nn.Conv2d(1, 8, kernel_size=3)
nhw = torch.randn(4, 28, 28)  # 4 gray images, no channel dimension
try:
    gray_conv(nhw)  # a 3-D input is ONE image (C, H, W): here with 4 channels
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Given groups=1, weight of size [8, 1, 3, 3], expected input[1, 4, 28, 28] to have 1 channels, but got 4 channels instead
print(gray_conv(nhw.unsqueeze(1)).shape)  # (N, 1, H, W)
#> torch.Size([4, 8, 26, 26])
