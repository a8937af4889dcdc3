import torch
from torch import nn
from torchvision.transforms import v2

torch.manual_seed(0)
images, labels = torch.rand(4, 3, 8, 8), torch.tensor([0, 1, 2, 3])  # float images, int64 labels
mixup = v2.MixUp(num_classes=5)
x, y = mixup(images, labels)  # blends: lam * image + (1 - lam) * previous image
print(y.round(decimals=4))  # the labels in the same proportions
#> tensor([[0.7883, 0.0000, 0.0000, 0.2117, 0.0000],
#>         [0.2117, 0.7883, 0.0000, 0.0000, 0.0000],
#>         [0.0000, 0.2117, 0.7883, 0.0000, 0.0000],
#>         [0.0000, 0.0000, 0.2117, 0.7883, 0.0000]])
own = y[torch.arange(4), labels].view(4, 1, 1, 1)
assert torch.allclose(x, own * images + (1 - own) * images.roll(1, dims=0))
print(nn.CrossEntropyLoss()(torch.randn(4, 5), y).round(decimals=4))  # cross-entropy takes probability targets
#> tensor(1.1254)
for wrong_images, wrong_labels in [(images.mul(255).byte(), labels), (images, labels.int())]:  # uint8; int32
    try:
        mixup(wrong_images, wrong_labels)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: result type Float can't be cast to the desired output type Byte
        #> RuntimeError: one_hot is only applicable to index tensor of type LongTensor.
