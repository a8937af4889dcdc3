import torch
from torchvision.transforms import v2

torch.manual_seed(0)  # RandomCrop picks its window with torch's global generator
img = torch.randint(0, 256, (3, 300, 400), dtype=torch.uint8)  # (C, H, W)

assert not hasattr(v2, "Rescale")  # the data-loading tutorial's Rescale(256) is v2.Resize(256)
composed = v2.Compose([v2.Resize(256), v2.RandomCrop(224)])
print(v2.Resize(256)(img).shape, composed(img).shape)  # shorter side to 256, then a random 224x224
#> torch.Size([3, 256, 341]) torch.Size([3, 224, 224])
print(v2.CenterCrop(224)(img).shape)  # the middle 224x224: the same on every call
#> torch.Size([3, 224, 224])
print(v2.Pad(2)(img).shape, v2.Pad([1, 2])(img).shape)  # 2 on all sides; 1 left/right, 2 top/bottom
#> torch.Size([3, 304, 404]) torch.Size([3, 304, 402])

x = torch.tensor([[[1, 2], [3, 4]]], dtype=torch.uint8)
print(v2.Pad(1)(x))  # fill=0 by default; padding_mode="edge" repeats the border, "reflect" mirrors it
#> tensor([[[0, 0, 0, 0],
#>          [0, 1, 2, 0],
#>          [0, 3, 4, 0],
#>          [0, 0, 0, 0]]], dtype=torch.uint8)
