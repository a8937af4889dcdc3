import torch
from torch import nn
from torchvision.models import resnet18

model = resnet18(weights=None)  # stands in for a pre-trained network
model.fc = nn.Linear(model.fc.in_features, 10)  # the new head
head = list(model.fc.parameters())
backbone = [p for name, p in model.named_parameters() if not name.startswith("fc.")]
optimizer = torch.optim.AdamW([
    {"params": backbone, "lr": 1e-4},  # pre-trained layers: small steps, to keep what they know
    {"params": head},  # the new head: the default lr below
], lr=1e-3)
print([group["lr"] for group in optimizer.param_groups])
#> [0.0001, 0.001]
print([len(group["params"]) for group in optimizer.param_groups])
#> [60, 2]
