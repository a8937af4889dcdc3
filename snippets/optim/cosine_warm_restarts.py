import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
# a cosine from 0.1 towards eta_min over T_0=2 epochs, then restart; each cycle T_mult=2 times longer
scheduler = CosineAnnealingWarmRestarts(optimizer, T_0=2, T_mult=2, eta_min=0.0)
lrs = []
for epoch in range(14):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{lr:.3f}" for lr in lrs))  # cycles of 2, 4, 8 epochs
#> 0.100 0.050 0.100 0.085 0.050 0.015 0.100 0.096 0.085 0.069 0.050 0.031 0.015 0.004
expected, T_i, T_cur = [], 2, 0  # the formula, with T_cur counting epochs since the last restart
for epoch in range(14):
    expected.append(0.05 * (1 + math.cos(math.pi * T_cur / T_i)))
    T_cur += 1
    if T_cur == T_i:  # restart: the next cycle is T_mult times longer
        T_cur, T_i = 0, 2 * T_i
torch.testing.assert_close(torch.tensor(lrs), torch.tensor(expected))
