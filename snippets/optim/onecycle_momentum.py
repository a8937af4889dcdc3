import torch

param = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([param], lr=0.1)  # momentum=0 by default
print(optimizer.param_groups[0]["momentum"])
#> 0
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=20)
print(optimizer.param_groups[0]["momentum"])  # set by the scheduler: cycle_momentum=True
#> 0.95
momenta = []
for step in range(20):
    momenta.append(optimizer.param_groups[0]["momentum"])
    optimizer.step()
    scheduler.step()
print(f"{max(momenta)} -> {min(momenta)} at the peak lr -> {momenta[-1]:.2f}")
#> 0.95 -> 0.85 at the peak lr -> 0.95

# to keep plain SGD, say so
optimizer = torch.optim.SGD([param], lr=0.1)
torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=20, cycle_momentum=False)
print(optimizer.param_groups[0]["momentum"])
#> 0
