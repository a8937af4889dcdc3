import torch
from torchvision.models import ResNet18_Weights
from torchvision.transforms import v2

weights = ResNet18_Weights.DEFAULT  # an enum member: metadata only, nothing is downloaded
print(weights)
#> ResNet18_Weights.IMAGENET1K_V1
print(weights.meta["categories"][:3], len(weights.meta["categories"]))
#> ['tench', 'goldfish', 'great white shark'] 1000
preprocess = weights.transforms()  # the EVALUATION preprocessing, not the training one
print(preprocess)
#> ImageClassification(
#>     crop_size=[224]
#>     resize_size=[256]
#>     mean=[0.485, 0.456, 0.406]
#>     std=[0.229, 0.224, 0.225]
#>     interpolation=InterpolationMode.BILINEAR
#> )
torch.manual_seed(0)
img = torch.randint(0, 256, (3, 300, 400), dtype=torch.uint8)  # an image, any size
x = preprocess(img)  # shorter side to 256, the middle 224x224, scaled to 0..1, normalised
assert torch.equal(x, preprocess(img))  # the same on every call: no random crop, no flip
assert preprocess(img.float()).max() > 100  # a float image must be in 0..1 already: not rescaled
print(x.shape, x.dtype)
#> torch.Size([3, 224, 224]) torch.float32

train_tf = v2.Compose([  # to fine-tune: random views, but the same scale and mean/std
    v2.RandomResizedCrop(224), v2.RandomHorizontalFlip(),
    v2.ToDtype(torch.float32, scale=True), v2.Normalize(preprocess.mean, preprocess.std),
])
print(train_tf(img).shape, torch.equal(train_tf(img), train_tf(img)))
#> torch.Size([3, 224, 224]) False
print(weights.url)  # resnet18(weights=weights) would fetch this file, once, into the torch hub cache
#> https://download.pytorch.org/models/resnet18-f37072fd.pth
