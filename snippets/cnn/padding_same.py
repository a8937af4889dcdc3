import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(1, 1, 28, 28)
for k in [3, 5, 4]:  # padding=k//2 at stride 1: only an odd k keeps the size
    print(f"k={k} p={k // 2}: 28 -> {nn.Conv2d(1, 1, k, padding=k // 2)(x).shape[-1]}")
    #> k=3 p=1: 28 -> 28
    #> k=5 p=2: 28 -> 28
    #> k=4 p=2: 28 -> 29
# padding="same" computes the padding for you...
print(nn.Conv2d(1, 1, 5, padding="same")(x).shape)
#> torch.Size([1, 1, 28, 28])
try:  # ...at stride 1 only
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as e:
    print(e)
    #> padding='same' is not supported for strided convolutions
