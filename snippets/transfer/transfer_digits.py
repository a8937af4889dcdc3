import tempfile
from pathlib import Path

import torch
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
source, target = y < 5, y >= 5  # pre-train on digits 0-4, transfer to the new classes 5-9


def make_model():
    features = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
    )
    return nn.Sequential(features, nn.Linear(32 * 2 * 2, 5))


def train(model, X, y, steps, batch=128):
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for step in range(steps):
        i = torch.arange(step * batch, (step + 1) * batch) % len(y)  # mini-batches, in turn
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X[i]), y[i]).backward()
        optimizer.step()


def accuracy(model, X, y):
    with torch.no_grad():
        return (model(X).argmax(1) == y).float().mean().item()


pretrained = make_model()
train(pretrained, X[source], y[source], steps=60)  # mini-batches: 8.5 passes over 901 images
print(f"pre-trained: {accuracy(pretrained, X[source], y[source]):.0%} on 0-4")
#> pre-trained: 100% on 0-4
Xt, yt = X[target], y[target] - 5
few = torch.cat([torch.nonzero(yt == c)[:3, 0] for c in range(5)])  # 3 labels per class
rest = torch.ones(len(yt), dtype=torch.bool)
rest[few] = False

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "pretrained.pth"
    torch.save({"model": pretrained.state_dict()}, path)
    transfer = make_model()
    transfer.load_state_dict(torch.load(path, weights_only=True)["model"])
transfer[0].requires_grad_(False)  # keep the features, learn only the new head
transfer[1] = nn.Linear(32 * 2 * 2, 5)
train(transfer, Xt[few], yt[few], steps=100)
torch.testing.assert_close(transfer[0].state_dict(), pretrained[0].state_dict())  # still frozen

scratch = make_model()
train(scratch, Xt[few], yt[few], steps=100)
print(f"15 labels, tested on {rest.sum()} other images of 5-9")
#> 15 labels, tested on 881 other images of 5-9
print(f"transfer {accuracy(transfer, Xt[rest], yt[rest]):.0%}, "
      f"from scratch {accuracy(scratch, Xt[rest], yt[rest]):.0%}")
#> transfer 74%, from scratch 86%
