import torch
from torch import nn

model = nn.Sequential(nn.Linear(10, 10), nn.ReLU(), nn.Linear(10, 2))
optimizer = torch.optim.SGD(
    [
        # e.g. a pretrained backbone: small steps
        {"params": model[0].parameters(), "lr": 1e-4},
        # e.g. a new head: the default lr below
        {"params": model[2].parameters()},
    ],
    lr=1e-2,
    momentum=0.9,  # options a group does not set come from these
)
for group in optimizer.param_groups:
    shapes = [tuple(p.shape) for p in group["params"]]
    print(group["lr"], group["momentum"], shapes)
    #> 0.0001 0.9 [(10, 10), (10,)]
    #> 0.01 0.9 [(2, 10), (2,)]
