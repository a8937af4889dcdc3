import torch
from torchvision.transforms import v2


class AddGaussianNoise:  # any callable works as a transform
    def __init__(self, std):
        self.std = std

    def __call__(self, x):
        return x + self.std * torch.randn_like(x)


def clamp01(x):  # a named function at module level, not a lambda: workers can unpickle it
    return x.clamp(0, 1)


torch.manual_seed(0)
transform = v2.Compose([
    v2.ToDtype(torch.float32, scale=True),
    AddGaussianNoise(std=0.1),
    v2.Lambda(clamp01),  # Lambda wraps a function; an inline lambda breaks spawn/forkserver workers
])
x = transform(torch.full((1, 2, 3), 255, dtype=torch.uint8))
print(x)
#> tensor([[[1.0000, 0.9707, 0.7821],
#>          [1.0000, 0.8915, 0.8601]]])
