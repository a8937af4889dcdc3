import torch
from torch import nn
from torchvision.models import resnet18

torch.manual_seed(0)
model = resnet18(weights=None)
model.requires_grad_(False)  # "frozen" ...
model.fc = nn.Linear(model.fc.in_features, 10)
x = torch.randn(4, 3, 32, 32)

before = model.bn1.running_mean.clone()
model.train()
model(x)  # ... but in train() mode batch norm still updates its running statistics
print(torch.equal(model.bn1.running_mean, before))
#> False

before = model.bn1.running_mean.clone()
model.train()  # where the training loop calls it, then:
model.eval()  # the frozen backbone in eval mode: batch norm uses and keeps its statistics
model.fc.train()  # the head (here a Linear, the same in both modes) in train mode
model(x)
print(torch.equal(model.bn1.running_mean, before), model.bn1.training, model.fc.training)
#> True False True
