import torch
from torch import nn
from torchvision.models import resnet18

model = resnet18(weights=None)  # weights=ResNet18_Weights.DEFAULT downloads ImageNet weights
model.requires_grad_(False)  # freeze the backbone
model.fc = nn.Linear(model.fc.in_features, 10)  # a new head: trainable by default
trainable = [name for name, p in model.named_parameters() if p.requires_grad]
print(trainable)
#> ['fc.weight', 'fc.bias']
optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.01)
model.eval()  # after each model.train(): frozen batch norm must not update its statistics
model.fc.train()
