import torch
from torch import nn

model = nn.Linear(4, 2)
for params in (model, [model]):  # the model itself instead of its parameters
    try:
        torch.optim.Adam(params, lr=1e-3)
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
        #> TypeError: 'Linear' object is not iterable
        #> TypeError: optimizer can only optimize Tensors, but one of the params is torch.nn.modules.linear.Linear

optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)  # the fix
print([p.shape for p in optimizer.param_groups[0]["params"]])
#> [torch.Size([2, 4]), torch.Size([2])]
