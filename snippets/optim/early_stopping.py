import copy

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.rand(80, 1) * 6 - 3
y = torch.sin(X) + 0.3 * torch.randn(80, 1)  # few, noisy samples: easy to overfit
train_loader = DataLoader(TensorDataset(X[:20], y[:20]), batch_size=10, shuffle=True)
val_loader = DataLoader(TensorDataset(X[20:], y[20:]), batch_size=32)
model = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)


def evaluate(model, loader):  # the validation loop: eval mode, no gradients, mean over samples
    model.eval()
    with torch.no_grad():
        total = sum(nn.functional.mse_loss(model(xb), yb, reduction="sum") for xb, yb in loader)
    return total.item() / len(loader.dataset)


best_loss, patience, bad = float("inf"), 20, 0
for epoch in range(1000):
    model.train()
    for xb, yb in train_loader:
        loss = nn.functional.mse_loss(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    val_loss = evaluate(model, val_loader)
    if val_loss < best_loss:  # a new best: keep a COPY (state_dict() holds live tensors)
        best_loss, best_epoch, bad = val_loss, epoch, 0
        best_state = copy.deepcopy(model.state_dict())
    else:
        bad += 1
        if bad == patience:  # no new best for `patience` epochs: stop
            break
print(f"stopped at epoch {epoch}; best epoch {best_epoch}: val {best_loss:.3f}, now {val_loss:.3f}")
#> stopped at epoch 63; best epoch 43: val 0.102, now 0.119
model.load_state_dict(best_state)  # back to the best weights
assert evaluate(model, val_loader) == best_loss
