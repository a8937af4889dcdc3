import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(2, 1, 8, 8, dtype=torch.float64)
conv = nn.Conv2d(1, 4, kernel_size=3, bias=False)  # as before a BatchNorm in ResNets
up = nn.ConvTranspose2d(1, 4, kernel_size=2, stride=2)  # with a bias, the same message
a = torch.randn(2, 3, 4, dtype=torch.float64)
for op in (lambda: conv(images), lambda: up(images), lambda: a @ torch.randn(2, 4, 5)):
    try:
        op()
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: expected scalar type Double but found Float
        #> RuntimeError: expected scalar type Double but found Float
        #> RuntimeError: expected scalar type Double but found Float
print(conv(images.float()).dtype, up(images.float()).dtype)
#> torch.float32 torch.float32
