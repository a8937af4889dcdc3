import torch

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
# halve the lr every 3 epochs
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
lrs = []
for epoch in range(10):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()  # the training epoch would be here
    scheduler.step()  # after optimizer.step(), once per epoch
print(" ".join(f"{lr:.4f}" for lr in lrs))
#> 0.1000 0.1000 0.1000 0.0500 0.0500 0.0500 0.0250 0.0250 0.0250 0.0125
