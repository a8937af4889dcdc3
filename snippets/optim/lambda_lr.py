import torch

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
warmup = 4


def factor(step):  # any schedule: a factor of the initial lr, by step count
    # linear warm-up, then the inverse square root of the step (the Transformer's)
    return (step + 1) / warmup if step < warmup else (warmup / (step + 1)) ** 0.5


scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda=factor)
lrs = []
for step in range(10):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{lr:.3f}" for lr in lrs))
#> 0.025 0.050 0.075 0.100 0.089 0.082 0.076 0.071 0.067 0.063
