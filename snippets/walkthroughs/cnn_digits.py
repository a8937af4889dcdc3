# %% [markdown]
# # A CNN on handwritten digits
#
# scikit-learn ships 1,797 handwritten digits as 8x8 grayscale images, so this notebook needs
# no download. We train a small CNN, plot its loss curve, and read its mistakes off a
# confusion matrix. [Download this notebook](cnn_digits.py): a Python script in jupytext's
# "percent" format. Run it with `python cnn_digits.py`. Jupyter opens it as a notebook only with
# jupytext installed (`pip install jupytext`; then, in JupyterLab, right-click the file, Open
# With, Notebook), or convert it first with `jupytext --to notebook cnn_digits.py`.

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16  # (N, 1, 8, 8) in [0, 1]
y = torch.tensor(digits.target)
train_ds, test_ds = random_split(TensorDataset(X, y), [0.8, 0.2], generator=torch.Generator().manual_seed(42))
print(len(train_ds), "training images,", len(test_ds), "test images")

# %% [markdown]
# ## The model
#
# Two conv blocks halve the image twice (8x8, 4x4, 2x2); a linear layer maps the 32x2x2
# features to 10 logits.

# %%
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Dropout(0.2), nn.Linear(32 * 2 * 2, 10),
)
print(sum(p.numel() for p in model.parameters()), "parameters")

# %% [markdown]
# ## Training
#
# Mini-batches of 64, Adam, 15 epochs; `model.train()` turns dropout and batch statistics on,
# `model.eval()` off for measuring.

# %%
loader = DataLoader(train_ds, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
losses = []
for epoch in range(15):
    model.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(xb), yb)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())

fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(losses)
ax.set(xlabel="step", ylabel="training loss", yscale="log", title="Loss curve")
plt.show()

# %% [markdown]
# ## Test accuracy and confusion matrix
#
# Row *i*, column *j* counts the test images of digit *i* that the model calls *j*; the
# diagonal holds the correct answers.

# %%
X_test, y_test = X[test_ds.indices], y[test_ds.indices]
model.eval()
with torch.no_grad():
    pred = model(X_test).argmax(1)
accuracy = (pred == y_test).float().mean().item()
print(f"test accuracy: {accuracy:.3f}")

confusion = torch.zeros(10, 10, dtype=torch.int64)
confusion.index_put_((y_test, pred), torch.ones_like(pred), accumulate=True)
fig, ax = plt.subplots(figsize=(4, 4))
ax.imshow(confusion.numpy(), cmap="Blues")  # matplotlib wants NumPy arrays, not tensors
for i in range(10):
    for j in range(10):
        if confusion[i, j]:
            ax.text(j, i, confusion[i, j].item(), ha="center", va="center", fontsize=8)
ax.set(xlabel="predicted", ylabel="true", xticks=range(10), yticks=range(10), title="Confusion matrix")
plt.show()
