import math

import torch

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(
    optimizer, T_max=10, eta_min=0.0
)
lrs = []
for epoch in range(11):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{lr:.4f}" for lr in lrs))
#> 0.1000 0.0976 0.0905 0.0794 0.0655 0.0500 0.0345 0.0206 0.0095 0.0024 0.0000
# eta_max / 2 * (1 + cos(pi t / T_max))
expected = [0.05 * (1 + math.cos(math.pi * t / 10)) for t in range(11)]
torch.testing.assert_close(torch.tensor(lrs), torch.tensor(expected))
