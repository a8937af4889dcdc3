import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.5),
                      nn.Linear(8, 3))
print(sum(p.numel() for p in model.parameters()))  # (4*8 + 8) + (8 + 8) + (8*3 + 3)
#> 83
model.eval()  # dropout off, batch norm uses its running statistics
with torch.no_grad():
    print(model(torch.randn(2, 4)).shape)  # a batch of 2 in, 3 logits each out
    #> torch.Size([2, 3])
print(list(model.state_dict())[:2])
#> ['0.weight', '0.bias']
