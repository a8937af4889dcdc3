import copy

import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(80, 1) * 6 - 3
y = torch.sin(X) + 0.3 * torch.randn(80, 1)  # few, noisy samples: easy to overfit
X_train, y_train, X_val, y_val = X[:20], y[:20], X[20:], y[20:]
model = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

best_loss, best_state, best_epoch, patience, bad = float("inf"), None, -1, 20, 0
for epoch in range(1000):
    model.train()
    loss = nn.functional.mse_loss(model(X_train), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():  # the validation loop: no gradients, eval mode
        val_loss = nn.functional.mse_loss(model(X_val), y_val).item()
    if val_loss < best_loss:  # a new best: remember the weights (a copy, not a reference)
        best_loss, best_state, best_epoch, bad = val_loss, copy.deepcopy(model.state_dict()), epoch, 0
    else:
        bad += 1
        if bad == patience:  # no improvement for `patience` epochs: stop
            break
print(f"stopped at epoch {epoch}, best epoch {best_epoch}: val {best_loss:.3f}, now {val_loss:.3f}")
#> stopped at epoch 124, best epoch 104: val 0.115, now 0.118
model.load_state_dict(best_state)  # go back to the best weights
model.eval()
with torch.no_grad():
    assert nn.functional.mse_loss(model(X_val), y_val).item() == best_loss
