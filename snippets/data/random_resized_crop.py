import torch
from torchvision.transforms import v2

torch.manual_seed(0)
img = torch.randint(0, 256, (3, 300, 400), dtype=torch.uint8)
crop = v2.RandomResizedCrop(224)  # defaults: scale=(0.08, 1.0), ratio=(3/4, 4/3)
print(crop(img).shape, torch.equal(crop(img), crop(img)))  # a random window, resized to 224x224
#> torch.Size([3, 224, 224]) False
windows = [crop.make_params([img]) for _ in range(1000)]  # the windows it draws: top, left, height, width
print(windows[0])
#> {'top': 48, 'left': 14, 'height': 248, 'width': 256}
areas = [w["height"] * w["width"] / (300 * 400) for w in windows]  # scale: a fraction of the AREA
ratios = [w["width"] / w["height"] for w in windows]  # ratio: width / height of the window
print(f"area {min(areas):.2f} to {max(areas):.2f}, width/height {min(ratios):.2f} to {max(ratios):.2f}")
#> area 0.08 to 0.99, width/height 0.75 to 1.34

eval_tf = v2.Compose([v2.Resize(256), v2.CenterCrop(224)])  # evaluation: the same view every time
print(torch.equal(eval_tf(img), eval_tf(img)))
#> True
