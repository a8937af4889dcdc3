import numpy as np
import torch
from PIL import Image
from torchvision.transforms import v2

rng = np.random.default_rng(0)
img = Image.fromarray(rng.integers(0, 256, (24, 24, 3), dtype=np.uint8))  # a PIL RGB image

transform = v2.Compose([
    v2.Resize(32),  # the shorter side becomes 32
    v2.ToImage(),  # PIL image -> uint8 tensor (C, H, W); with ToDtype, the old ToTensor
    v2.ToDtype(torch.float32, scale=True),  # uint8 0..255 -> float 0..1
    v2.Normalize(mean=[0.5, 0.5, 0.5], std=[0.5, 0.5, 0.5]),  # (x - mean) / std per channel
])
x = transform(img)
print(img.size, "->", x.shape, x.dtype)
#> (24, 24) -> torch.Size([3, 32, 32]) torch.float32
print(f"{x.min():.2f} {x.max():.2f}")
#> -0.99 0.93
