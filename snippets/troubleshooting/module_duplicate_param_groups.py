import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
head = model[2]
try:  # the first group, model.parameters(), already holds the head's parameters
    torch.optim.SGD([{"params": model.parameters()}, {"params": head.parameters(), "lr": 0.1}], lr=0.01)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: some parameters appear in more than one parameter group

# the fix: each parameter in one group only
head_ids = {id(p) for p in head.parameters()}
body = [p for p in model.parameters() if id(p) not in head_ids]
optimizer = torch.optim.SGD([{"params": body}, {"params": head.parameters(), "lr": 0.1}], lr=0.01)
print([(len(g["params"]), g["lr"]) for g in optimizer.param_groups])
#> [(2, 0.01), (2, 0.1)]
