import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(64, 3), torch.randn(64, 1)  # full batch, no dropout: nothing random
tmp = tempfile.TemporaryDirectory()
path = Path(tmp.name) / "checkpoint.pt"


def train(model, optimizer, epochs):
    for epoch in epochs:
        loss = nn.functional.mse_loss(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if epoch == 4:  # a checkpoint halfway: all that resuming needs
            torch.save({
                "epoch": epoch,
                "model_state_dict": model.state_dict(),
                "optimizer_state_dict": optimizer.state_dict(),
            }, path)


model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
train(model, optimizer, range(10))  # uninterrupted: 10 epochs

# as in a new process: fresh objects, state from the file
resumed = nn.Linear(3, 1)
resumed_optimizer = torch.optim.Adam(resumed.parameters(), lr=0.1)
checkpoint = torch.load(path)
resumed.load_state_dict(checkpoint["model_state_dict"])
resumed_optimizer.load_state_dict(checkpoint["optimizer_state_dict"])
# the optimizer state: Adam's step count and moment estimates
print(checkpoint["epoch"], list(resumed_optimizer.state_dict()["state"][0]))
#> 4 ['step', 'exp_avg', 'exp_avg_sq']
train(resumed, resumed_optimizer, range(checkpoint["epoch"] + 1, 10))
assert torch.equal(resumed.weight, model.weight)
assert torch.equal(resumed.bias, model.bias)

# the weights without the optimizer state: Adam restarts cold, and differs
cold = nn.Linear(3, 1)
cold.load_state_dict(checkpoint["model_state_dict"])
train(cold, torch.optim.Adam(cold.parameters(), lr=0.1), range(5, 10))
assert not torch.equal(cold.weight, model.weight)
tmp.cleanup()
