import torch
from torch import nn

torch.manual_seed(0)
x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(nn.MaxPool2d(kernel_size=2)(x))  # stride defaults to kernel_size
#> tensor([[[[ 5.,  7.],
#>           [13., 15.]]]])
print(nn.AvgPool2d(kernel_size=2)(x))
#> tensor([[[[ 2.5000,  4.5000],
#>           [10.5000, 12.5000]]]])
# any spatial size in, the size you ask for out
gap = nn.AdaptiveAvgPool2d(output_size=1)
print(gap(torch.randn(8, 512, 7, 7)).shape)
#> torch.Size([8, 512, 1, 1])
