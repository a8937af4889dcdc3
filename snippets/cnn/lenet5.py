import torch
from torch import nn

lenet = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5), nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
    nn.Linear(120, 84), nn.ReLU(),
    nn.Linear(84, 10),
)
x = torch.zeros(1, 1, 32, 32)  # LeNet-5 reads 32x32 images
print(f"{'input':<10}{tuple(x.shape)!s:<16}parameters")
#> input     (1, 1, 32, 32)  parameters
for layer in lenet:
    x = layer(x)
    n = sum(p.numel() for p in layer.parameters())
    print(f"{type(layer).__name__:<10}{tuple(x.shape)!s:<16}{n}")
    #> Conv2d    (1, 6, 28, 28)  156
    #> ReLU      (1, 6, 28, 28)  0
    #> MaxPool2d (1, 6, 14, 14)  0
    #> Conv2d    (1, 16, 10, 10) 2416
    #> ReLU      (1, 16, 10, 10) 0
    #> MaxPool2d (1, 16, 5, 5)   0
    #> Flatten   (1, 400)        0
    #> Linear    (1, 120)        48120
    #> ReLU      (1, 120)        0
    #> Linear    (1, 84)         10164
    #> ReLU      (1, 84)         0
    #> Linear    (1, 10)         850
assert sum(p.numel() for p in lenet[3].parameters()) == 16 * 6 * 5 * 5 + 16  # out*in*kh*kw + out
print(sum(p.numel() for p in lenet.parameters()))
#> 61706
