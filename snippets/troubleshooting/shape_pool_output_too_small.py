import torch
from torch import nn

torch.manual_seed(0)
pool = nn.MaxPool2d(2)
x = torch.randn(1, 16, 7, 7)
for _ in range(3):  # 7 -> 3 -> 1 -> 0
    try:
        x = pool(x)
        print(tuple(x.shape))
        #> (1, 16, 3, 3)
        #> (1, 16, 1, 1)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Given input size: (16x1x1). Calculated output size: (16x0x0). Output size is too small
for size in (7, 1):  # adaptive pooling: the output size you ask for, from any input size
    print(nn.AdaptiveAvgPool2d(1)(torch.randn(1, 16, size, size)).shape)
    #> torch.Size([1, 16, 1, 1])
    #> torch.Size([1, 16, 1, 1])
print(nn.MaxPool2d(2, ceil_mode=True)(torch.randn(1, 16, 1, 1)).shape)  # keeps a partial window
#> torch.Size([1, 16, 1, 1])
