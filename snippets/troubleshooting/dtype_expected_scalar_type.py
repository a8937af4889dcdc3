import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(1, 4, kernel_size=3, bias=False)  # as before a BatchNorm in ResNets
images = torch.randn(2, 1, 8, 8, dtype=torch.float64)
try:
    conv(images)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: expected scalar type Double but found Float
print(conv(images.to(torch.float32)).dtype)
#> torch.float32
