import torch
from torch import nn
from torchvision.models import resnet18

torch.manual_seed(0)
resnet = resnet18(weights=None)  # the architecture, randomly initialised: no download
resnet.requires_grad_(False)  # freeze everything ...
num_ftrs = resnet.fc.in_features
resnet.fc = nn.Linear(num_ftrs, 10)  # ... then a new head, trainable by default
print(resnet.fc)
#> Linear(in_features=512, out_features=10, bias=True)

trainable = [p for p in resnet.parameters() if p.requires_grad]
optimizer = torch.optim.Adam(trainable, lr=1e-3)  # only the head's weight and bias
print(len(trainable), sum(p.numel() for p in trainable))
#> 2 5130
resnet.eval()  # in each epoch, after model.train(): frozen batch norm keeps its statistics
resnet.fc.train()
print(resnet(torch.randn(2, 3, 64, 64)).shape, resnet.bn1.training)
#> torch.Size([2, 10]) False
