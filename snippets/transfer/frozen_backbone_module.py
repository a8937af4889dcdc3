import torch
from torch import nn
from torchvision.models import resnet18


class FrozenBackbone(nn.Sequential):  # (backbone, head)
    def train(self, mode=True):  # model.train() now puts only the head in train mode
        super().train(mode)
        self[0].eval()  # the backbone's batch norm (and dropout) stay in eval mode
        return self


torch.manual_seed(0)
backbone = resnet18(weights=None).requires_grad_(False)
head = nn.Linear(backbone.fc.in_features, 10)
backbone.fc = nn.Identity()  # the backbone now outputs its 512 features
model = FrozenBackbone(backbone, head).train()
before = backbone.bn1.running_mean.clone()
model(torch.randn(4, 3, 32, 32))
print(torch.equal(backbone.bn1.running_mean, before), backbone.training, head.training)
#> True False True
