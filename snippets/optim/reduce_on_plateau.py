import torch

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
# patience=2: two epochs without a new best are tolerated; the third halves the lr
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5,
                                                       patience=2)
val_losses = [1.0, 0.8, 0.7, 0.71, 0.72, 0.73, 0.65, 0.66, 0.67, 0.68, 0.69]
lrs = []
for val_loss in val_losses:
    optimizer.step()  # the training epoch, then the validation loss
    scheduler.step(val_loss)  # takes the metric it watches
    lrs.append(scheduler.get_last_lr()[0])
print(lrs)
#> [0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025]
