from torchvision import models

print(len(models.list_models()))  # every registered builder: classification, detection, video, ...
#> 121
print(len(models.list_models(module=models)), len(models.list_models(module=models.detection)))
#> 80 12
print(models.list_models(module=models, include="resnet*"))  # wildcards; exclude= works the same
#> ['resnet101', 'resnet152', 'resnet18', 'resnet34', 'resnet50']

model = models.get_model("resnet18", weights=None, num_classes=10)  # by name; kwargs go to the builder
print(type(model).__name__, model.fc)
#> ResNet Linear(in_features=512, out_features=10, bias=True)
weights = models.get_model_weights("resnet18")  # the weights enum: metadata only, nothing downloaded
print(list(weights), weights.DEFAULT)
#> [ResNet18_Weights.IMAGENET1K_V1] ResNet18_Weights.IMAGENET1K_V1
meta = weights.DEFAULT.meta
print(meta["num_params"], len(meta["categories"]), meta["_metrics"]["ImageNet-1K"])
#> 11689512 1000 {'acc@1': 69.758, 'acc@5': 89.078}
assert meta["num_params"] == sum(p.numel() for p in models.get_model("resnet18", weights=None).parameters())

try:  # pretrained weights fix the head: checked before anything is downloaded
    models.get_model("resnet18", weights="DEFAULT", num_classes=10)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: The parameter 'num_classes' expected value 1000 but got 10 instead.
