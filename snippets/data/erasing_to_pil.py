import torch
from PIL import Image
from torchvision.transforms import v2

torch.manual_seed(0)  # the rectangle's size and place are random
img = Image.new("RGB", (6, 6), color=(255, 255, 255))  # a white PIL image

transform = v2.Compose([
    v2.ToImage(),  # PIL -> tensor first (the old transforms.RandomErasing needed one)
    v2.ToDtype(torch.float32, scale=True),
    v2.RandomErasing(p=1.0, value=0),  # p=1: always erase one random rectangle, set to 0
])
x = transform(img)
print(x[0])
#> tensor([[1., 0., 0., 0., 0., 0.],
#>         [1., 0., 0., 0., 0., 0.],
#>         [1., 1., 1., 1., 1., 1.],
#>         [1., 1., 1., 1., 1., 1.],
#>         [1., 1., 1., 1., 1., 1.],
#>         [1., 1., 1., 1., 1., 1.]])

pil = v2.ToPILImage()(x)  # tensor (C, H, W), float 0..1 or uint8 -> PIL image
print(pil.mode, pil.size, pil.getcolors())  # getcolors: (count, colour) pairs
#> RGB (6, 6) [(26, (255, 255, 255)), (10, (0, 0, 0))]
print(v2.RandomErasing(p=1.0, value=0)(img).getcolors())  # v2 also erases a PIL image
#> [(28, (255, 255, 255)), (8, (0, 0, 0))]
