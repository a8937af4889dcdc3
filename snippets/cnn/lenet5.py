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
print(f"{'input':<10}{tuple(x.shape)}")
#> input     (1, 1, 32, 32)
for layer in lenet:
    x = layer(x)
    print(f"{type(layer).__name__:<10}{tuple(x.shape)}")
    #> Conv2d    (1, 6, 28, 28)
    #> ReLU      (1, 6, 28, 28)
    #> MaxPool2d (1, 6, 14, 14)
    #> Conv2d    (1, 16, 10, 10)
    #> ReLU      (1, 16, 10, 10)
    #> MaxPool2d (1, 16, 5, 5)
    #> Flatten   (1, 400)
    #> Linear    (1, 120)
    #> ReLU      (1, 120)
    #> Linear    (1, 84)
    #> ReLU      (1, 84)
    #> Linear    (1, 10)
