import torch
from PIL import Image
from torch import nn
from torchvision.transforms.v2.functional import pil_to_tensor

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, kernel_size=3)  # the first layer of an RGB model
for mode in ("RGBA", "L"):  # a PNG with an alpha channel, a gray image
    image = Image.new(mode, (28, 28))
    try:
        conv(pil_to_tensor(image).float())  # (C, H, W) with C = 4, then 1
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 4, 28, 28] to have 3 channels, but got 4 channels instead
        #> RuntimeError: Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 1, 28, 28] to have 3 channels, but got 1 channels instead
    x = pil_to_tensor(image.convert("RGB")).float()  # 3 channels from either
    print(tuple(x.shape), tuple(conv(x).shape))
    #> (3, 28, 28) (8, 26, 26)
    #> (3, 28, 28) (8, 26, 26)
