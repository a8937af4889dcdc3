import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad_(False)  # freeze the first layer: autograd no longer tracks its weights
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, weight_decay=0.1)

model(torch.randn(3, 4)).sum().backward()
print(model[0].weight.grad, model[2].weight.grad.shape)
#> None torch.Size([2, 8])
before = model[0].weight.clone()
optimizer.step()  # skips every parameter whose .grad is None: no decay, no momentum
assert torch.equal(model[0].weight, before)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(trainable, "of", sum(p.numel() for p in model.parameters()))
#> 18 of 58
