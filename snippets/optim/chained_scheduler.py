import torch
from torch.optim.lr_scheduler import ChainedScheduler, ConstantLR, ExponentialLR

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
# both act at every step and their factors multiply: x0.1 for 2 steps, times 0.9 ** step
scheduler = ChainedScheduler([ConstantLR(optimizer, factor=0.1, total_iters=2),
                              ExponentialLR(optimizer, gamma=0.9)], optimizer=optimizer)
lrs = []
for step in range(6):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{lr:.4f}" for lr in lrs))
#> 0.1000 0.0900 0.8100 0.7290 0.6561 0.5905
expected = [(0.1 if step < 2 else 1.0) * 0.9**step for step in range(6)]
torch.testing.assert_close(torch.tensor(lrs), torch.tensor(expected))
