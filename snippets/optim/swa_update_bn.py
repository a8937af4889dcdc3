import torch
from torch import nn
from torch.optim.swa_utils import SWALR, AveragedModel, update_bn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(64, 2)
y = X.sum(1, keepdim=True) ** 2
loader = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(2, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
swa_model = AveragedModel(model)  # the equal-weight average of the weights it is given
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
swa_scheduler = SWALR(optimizer, swa_lr=0.05, anneal_epochs=2)  # then a constant lr
for epoch in range(10):
    for xb, yb in loader:
        optimizer.zero_grad()
        nn.functional.mse_loss(model(xb), yb).backward()
        optimizer.step()
    if epoch >= 5:  # average the weights of the last 5 epochs
        swa_model.update_parameters(model)
        swa_scheduler.step()


def bn_error():  # running mean against the true mean of the averaged model's features
    hidden = swa_model.module[0](X).detach()
    return (swa_model.module[1].running_mean - hidden.mean(0)).abs().max().item()


print(f"{swa_model.n_averaged.item()} averaged, BN mean off by {bn_error():.3f}")
#> 5 averaged, BN mean off by 0.021
update_bn(loader, swa_model)  # one pass over the data: statistics for the averaged weights
print(f"after update_bn: off by {bn_error():.3f}")
#> after update_bn: off by 0.000
