import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(1, 8, kernel_size=3)
image = torch.randn(28, 28)  # one gray image: no channel and no batch dimension
batch = torch.randn(16, 1, 28, 28)
flat = batch.flatten(1)  # (16, 784): flattened images, as a CSV or a Linear model holds them
for x in (image, batch.unsqueeze(0), flat):  # 2-D; a batch given an extra dimension: 5-D; 2-D
    try:
        conv(x)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [28, 28]
        #> RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [1, 16, 1, 28, 28]
        #> RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [16, 784]
print(conv(image.unsqueeze(0)).shape)  # (C, H, W): one image, unbatched
#> torch.Size([8, 26, 26])
print(conv(image[None, None]).shape)  # (N, C, H, W): a batch of one
#> torch.Size([1, 8, 26, 26])
print(conv(batch).shape)
#> torch.Size([16, 8, 26, 26])
print(conv(flat.view(-1, 1, 28, 28)).shape)  # back to (N, 1, H, W)
#> torch.Size([16, 8, 26, 26])
