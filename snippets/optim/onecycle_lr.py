import torch

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
# stepped per BATCH: warms up to max_lr over 30% of the steps,
# then anneals far below the start
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.1, total_steps=20
)
lrs = []
for step in range(20):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{lr:.3f}" for lr in lrs[:10]))
#> 0.004 0.013 0.037 0.067 0.091 0.100 0.099 0.095 0.089 0.081
print(" ".join(f"{lr:.3f}" for lr in lrs[10:]))
#> 0.072 0.061 0.050 0.039 0.028 0.019 0.011 0.005 0.001 0.000
print(f"peak {max(lrs)} at step {lrs.index(max(lrs))}, last {lrs[-1]:.1e}")
#> peak 0.1 at step 5, last 4.0e-07
