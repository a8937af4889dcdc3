import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad_(False)  # freeze the first layer: autograd no longer tracks its weights

model(torch.randn(3, 4)).sum().backward()
print(model[0].weight.grad, model[2].weight.grad.shape)
#> None torch.Size([2, 8])
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(trainable, "of", sum(p.numel() for p in model.parameters()))
#> 18 of 58
