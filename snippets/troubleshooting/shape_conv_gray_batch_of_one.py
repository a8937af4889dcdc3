import torch
from torch import nn

torch.manual_seed(0)
gray_conv = nn.Conv2d(1, 8, kernel_size=3)
batch = torch.randn(1, 28, 28)  # a batch of ONE gray image, no channel dimension
out = gray_conv(batch)  # no error: read as one unbatched image with 1 channel
print(out.shape)  # the batch dimension is gone
#> torch.Size([8, 26, 26])
print(gray_conv(batch.unsqueeze(1)).shape)  # (N, 1, H, W): the batch dimension kept
#> torch.Size([1, 8, 26, 26])
