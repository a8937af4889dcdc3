import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torchvision.models import resnet18

torch.manual_seed(0)
backbone = resnet18(weights=None)  # stands in for a pre-trained backbone, frozen
backbone.fc = nn.Identity()  # it returns its 512 features
backbone.eval()  # batch norm with its running statistics
images, labels = torch.randn(64, 3, 32, 32), torch.randint(0, 10, (64,))
with torch.inference_mode():  # once, instead of once per epoch
    features = backbone(images)
print(features.shape, features.is_inference(), features[:16].is_inference(), features.clone().is_inference())
#> torch.Size([64, 512]) True True False

head = nn.Linear(512, 10)
try:
    head(features[:16])  # the head must save its input for backward: fails already in the forward
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).split('.')[0]}")
    #> RuntimeError: Inference tensors cannot be saved for backward
loader = DataLoader(TensorDataset(features.clone(), labels), batch_size=16, shuffle=True)
optimizer = torch.optim.Adam(head.parameters(), lr=0.01)
for epoch in range(20):  # each epoch costs a linear layer, not a ResNet
    for x, y in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(head(x), y).backward()
        optimizer.step()
print((head(features.clone()).argmax(1) == labels).sum().item(), "of 64 right")
#> 64 of 64 right
