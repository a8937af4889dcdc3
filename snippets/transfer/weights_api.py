from torchvision.models import ResNet18_Weights

weights = ResNet18_Weights.DEFAULT  # an enum member: metadata only, nothing is downloaded
print(weights)
#> ResNet18_Weights.IMAGENET1K_V1
print(weights.meta["categories"][:3], len(weights.meta["categories"]))
#> ['tench', 'goldfish', 'great white shark'] 1000
print(weights.transforms())  # the preprocessing these weights were trained with
#> ImageClassification(
#>     crop_size=[224]
#>     resize_size=[256]
#>     mean=[0.485, 0.456, 0.406]
#>     std=[0.229, 0.224, 0.225]
#>     interpolation=InterpolationMode.BILINEAR
#> )
print(weights.url)  # resnet18(weights=weights) would fetch this file, once, into the torch hub cache
#> https://download.pytorch.org/models/resnet18-f37072fd.pth
