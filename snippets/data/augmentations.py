import torch
from torchvision.transforms import v2

torch.manual_seed(0)  # augmentations draw from torch's global generator
img = torch.randint(0, 256, (3, 32, 32), dtype=torch.uint8)

flip = v2.RandomHorizontalFlip(p=1.0)
torch.testing.assert_close(flip(img), img.flip(-1))  # mirrors the width axis

augment = v2.Compose([
    v2.RandomRotation(degrees=15),  # a random angle in [-15, 15]
    v2.RandomHorizontalFlip(),  # p=0.5
    v2.AutoAugment(v2.AutoAugmentPolicy.IMAGENET),  # a learned policy; wants uint8 images
])
a, b = augment(img), augment(img)
print(a.shape, a.dtype, torch.equal(a, b))  # a new random view on every call
#> torch.Size([3, 32, 32]) torch.uint8 False
