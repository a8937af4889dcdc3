import torch

torch.manual_seed(0)
images = torch.randn(64, 3, 32, 32)  # RGB, while the code was written for 28x28 gray images
try:
    images.view(-1, 28 * 28)  # 64*3*32*32 = 196608 is not a multiple of 784
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: shape '[-1, 784]' is invalid for input of size 196608
print(images.flatten(1).shape)  # size the layer from this: 3*32*32 = 3072 features
#> torch.Size([64, 3072])
