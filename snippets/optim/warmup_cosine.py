import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR, SequentialLR

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
warmup = LinearLR(optimizer, start_factor=0.2, total_iters=4)  # 0.02 up to 0.1 in 4 steps
cosine = CosineAnnealingLR(optimizer, T_max=6, eta_min=0.0)  # then 0.1 down to 0 in 6
scheduler = SequentialLR(optimizer, schedulers=[warmup, cosine], milestones=[4])
lrs = []
for step in range(10):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{lr:.3f}" for lr in lrs))
#> 0.020 0.040 0.060 0.080 0.100 0.093 0.075 0.050 0.025 0.007
