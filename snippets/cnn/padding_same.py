import warnings

import torch
import torch.nn.functional as F
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
with warnings.catch_warnings(record=True) as caught:  # ...an even k too, with a warning
    warnings.simplefilter("always")
    conv = nn.Conv2d(1, 1, 4, padding="same")
    print(conv(x).shape)
    #> torch.Size([1, 1, 28, 28])
    # 1 row/column before, 2 after: F.pad's order is (left, right, top, bottom)
    torch.testing.assert_close(conv(x), F.conv2d(F.pad(x, (1, 2, 1, 2)), conv.weight, conv.bias))
print(str(caught[0].message).split(" (Triggered")[0])
#> Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created
try:  # ...at stride 1 only
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as e:
    print(e)
    #> padding='same' is not supported for strided convolutions
