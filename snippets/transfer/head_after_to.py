import torch
from torch import nn
from torchvision.models import resnet18

device = torch.device("meta")  # stands in for "cuda": any device other than the CPU
model = resnet18(weights=None).to(device)
model.fc = nn.Linear(model.fc.in_features, 10)  # created after the move: on the CPU
print(model.conv1.weight.device, model.fc.weight.device)
#> meta cpu
try:
    model(torch.randn(2, 3, 32, 32, device=device))
except RuntimeError as e:  # on a GPU the words differ: "Expected all tensors to be on the same device..."
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Tensor on device cpu is not on the expected device meta!

model.to(device)  # move again after changing the model (or build the head on device)
print({p.device.type for p in model.parameters()})
#> {'meta'}
print(model(torch.randn(2, 3, 32, 32, device=device)).shape)
#> torch.Size([2, 10])
