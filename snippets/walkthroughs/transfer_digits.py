# %% [markdown]
# # Transfer learning on handwritten digits
#
# Pre-train a small CNN on the digits 0 to 4, save it, load it, freeze its features and train a
# new head for the digits 5 to 9 from 3 labels per class; train the same model from scratch
# on the same 15 labels, and plot both learning curves. [Download this notebook](transfer_digits.py).

# %%
# %matplotlib inline
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
source, target = y < 5, y >= 5
Xt, yt = X[target], y[target] - 5
few = torch.cat([torch.nonzero(yt == c)[:3, 0] for c in range(5)])
rest = torch.ones(len(yt), dtype=torch.bool)
rest[few] = False


def make_model():
    features = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
    )
    return nn.Sequential(features, nn.Linear(128, 5))


def train(model, X, y, steps):
    """Full-batch Adam on the trainable parameters; test accuracy on 5-9 after every step."""
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    curve = []
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        optimizer.step()
        with torch.no_grad():
            curve.append((model(Xt[rest]).argmax(1) == yt[rest]).float().mean().item())
    return curve


# %% [markdown]
# ## Pre-training and the checkpoint

# %%
pretrained = make_model()
train(pretrained, X[source], y[source], steps=100)
with torch.no_grad():
    print(f"accuracy on 0-4: {(pretrained(X[source]).argmax(1) == y[source]).float().mean():.3f}")
checkpoint = Path(tempfile.mkdtemp()) / "pretrained.pth"
torch.save({"model": pretrained.state_dict()}, checkpoint)

# %% [markdown]
# ## Frozen features and a new head, against training from scratch

# %%
transfer = make_model()
transfer.load_state_dict(torch.load(checkpoint, weights_only=True)["model"])
transfer[0].requires_grad_(False)
transfer[1] = nn.Linear(128, 5)
curve_transfer = train(transfer, Xt[few], yt[few], steps=100)
curve_scratch = train(make_model(), Xt[few], yt[few], steps=100)
print(f"transfer {curve_transfer[-1]:.3f}, from scratch {curve_scratch[-1]:.3f}")

fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(curve_transfer, label="frozen pre-trained features + new head")
ax.plot(curve_scratch, label="from scratch")
ax.set(xlabel="step", ylabel="test accuracy on 5-9", title="Learning curves, 15 labels")
ax.legend()
plt.show()

# %% [markdown]
# On these 8x8 digits the two end close together: a small CNN trained from scratch already
# does well from 15 labels, and features learned on 0 to 4 carry only part of what 5 to 9 need.
# Transfer pays off most when the pre-training data is far larger and broader than the new
# task's, as with ImageNet weights.
