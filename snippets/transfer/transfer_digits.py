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


def train(model, X, y, steps):
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        optimizer.step()


def accuracy(model, X, y):
    with torch.no_grad():
        return (model(X).argmax(1) == y).float().mean().item()


pretrained = make_model()
train(pretrained, X[source], y[source], steps=100)
torch.save({"model": pretrained.state_dict()}, "pretrained.pth")

Xt, yt = X[target], y[target] - 5
few = torch.cat([torch.nonzero(yt == c)[:3, 0] for c in range(5)])  # 3 labels per class
rest = torch.ones(len(yt), dtype=torch.bool)
rest[few] = False

transfer = make_model()
transfer.load_state_dict(torch.load("pretrained.pth", weights_only=True)["model"])
transfer[0].requires_grad_(False)  # keep the features, learn only the new head
transfer[1] = nn.Linear(32 * 2 * 2, 5)
train(transfer, Xt[few], yt[few], steps=100)
torch.testing.assert_close(transfer[0].state_dict(), pretrained[0].state_dict())  # still frozen

scratch = make_model()
train(scratch, Xt[few], yt[few], steps=100)
print(f"15 labels, tested on {rest.sum()} other images of 5-9")
#> 15 labels, tested on 881 other images of 5-9
print(f"transfer {accuracy(transfer, Xt[rest], yt[rest]):.1%}, "
      f"from scratch {accuracy(scratch, Xt[rest], yt[rest]):.1%}")
#> transfer 80.2%, from scratch 84.7%
