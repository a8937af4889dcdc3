import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for params in (model, [model], nn.Linear(4, 2)):  # models instead of their parameters
    try:  # a Sequential yields its layers, a list its model; a plain module cannot be iterated
        torch.optim.Adam(params, lr=1e-3)
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
        #> TypeError: optimizer can only optimize Tensors, but one of the params is torch.nn.modules.linear.Linear
        #> TypeError: optimizer can only optimize Tensors, but one of the params is torch.nn.modules.container.Sequential
        #> TypeError: 'Linear' object is not iterable

optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)  # the fix
print([p.shape for p in optimizer.param_groups[0]["params"]])
#> [torch.Size([8, 4]), torch.Size([8]), torch.Size([2, 8]), torch.Size([2])]
