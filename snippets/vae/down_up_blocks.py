import torch
from torch import nn

x = torch.randn(1, 8, 16, 16)
down = nn.Conv2d(8, 16, 3, 2, 1)  # kernel 3, stride 2, padding 1
up = nn.ConvTranspose2d(16, 8, 3, 2, 1, 1)  # ... and output_padding 1
print(down(x).shape)  # (16 + 2*1 - 3) // 2 + 1 = 8: halves
#> torch.Size([1, 16, 8, 8])
assert down(torch.randn(1, 8, 15, 15)).shape[-1] == 8  # odd: (15 + 2*1 - 3) // 2 + 1 = 8, half rounded up
print(up(down(x)).shape)  # (8 - 1)*2 - 2*1 + 3 + 1 = 16: doubles
#> torch.Size([1, 8, 16, 16])

no_pad = nn.ConvTranspose2d(16, 8, 3, 2, 1)  # without output_padding
print(no_pad(down(x)).shape)  # 15: stride 2 maps both 15 and 16 to 8, so 8 -> 16 needs output_padding
#> torch.Size([1, 8, 15, 15])
