# %% [markdown]
# # Transfer learning on handwritten digits
#
# When does a network pre-trained on one task help on another? Two experiments on
# scikit-learn's 8x8 digits, each repeated ten times, every time with a newly pre-trained
# network (from new random weights) and a new random draw of the few labelled images:
#
# 1. **New classes.** Pre-train a small CNN on the digits 0 to 4, then learn the digits 5 to 9
#    from 3 labels per class: with its features frozen and a new head, fine-tuned with a lower
#    learning rate for the pre-trained layers, and from scratch. A control, the same frozen
#    network with its random initial weights, tells whether pre-training taught the features
#    anything.
# 2. **The same classes, other images.** Pre-train on all ten digits in one half of the images,
#    then learn them again, with a new head, from 1 label per class of the other half.
#
# [Download this notebook](transfer_digits.py) (a
# jupytext percent-format script: run it with `python`, or install jupytext to open it in Jupyter).

# %%
# %matplotlib inline
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
torch.set_num_threads(1)  # tiny tensors: on a busy CPU, several threads mostly wait on each other
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)


def make_model(classes):
    features = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
    )
    return nn.Sequential(features, nn.Linear(128, classes))


def accuracy(model, X, y):
    with torch.no_grad():
        return (model(X).argmax(1) == y).float().mean().item()


def train(model, X, y, steps=50, batch=None, lr=1e-2, backbone_lr=None, test=None):
    """Adam on the trainable parameters, in mini-batches if `batch` is given.

    `backbone_lr` puts the features in a parameter group of their own, with a lower learning
    rate (fine-tuning); `test` records the test accuracy every 5 steps.
    """
    features, head = model[0], model[1]
    if backbone_lr is None:
        groups = [{"params": [p for p in model.parameters() if p.requires_grad]}]
    else:
        groups = [{"params": features.parameters(), "lr": backbone_lr}, {"params": head.parameters()}]
    optimizer = torch.optim.Adam(groups, lr=lr)
    curve = []
    for step in range(steps):
        i = slice(None) if batch is None else torch.arange(step * batch, (step + 1) * batch) % len(y)
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X[i]), y[i]).backward()
        optimizer.step()
        if test and step % 5 == 4:
            curve.append(accuracy(model, *test))
    return curve


def pretrain(X, y):
    """A network trained on all of (X, y), and a copy of its random initial weights."""
    model = make_model(int(y.max()) + 1)
    init = {k: v.clone() for k, v in model.state_dict().items()}
    train(model, X, y, steps=60, batch=128)
    return model, init


def with_new_head(state, classes, freeze):
    """The network with `state` loaded and a fresh head; its features frozen if asked."""
    model = make_model(len(state["1.bias"]))
    model.load_state_dict(state)
    model[0].requires_grad_(not freeze)
    model[1] = nn.Linear(128, classes)
    return model


def split(X, y, per_class, generator):
    """`per_class` labelled images per class, drawn at random; every other image is the test set."""
    few = torch.cat([
        torch.nonzero(y == c)[:, 0][torch.randperm(int((y == c).sum()), generator=generator)[:per_class]]
        for c in range(int(y.max()) + 1)
    ])
    rest = torch.ones(len(y), dtype=torch.bool)
    rest[few] = False
    return (X[few], y[few]), (X[rest], y[rest])


# %% [markdown]
# ## Pre-training on 0 to 4, and the checkpoint

# %%
source, target = y < 5, y >= 5
Xt, yt = X[target], y[target] - 5
pretrained, random_init = pretrain(X[source], y[source])
print(f"accuracy on its own training images of 0-4: {accuracy(pretrained, X[source], y[source]):.3f}")
with tempfile.TemporaryDirectory() as folder:
    checkpoint = Path(folder) / "pretrained.pth"
    torch.save({"model": pretrained.state_dict()}, checkpoint)
    state = torch.load(checkpoint, weights_only=True)["model"]

# %% [markdown]
# ## New classes: frozen features and a new head, against training from scratch

# %%
labelled, test = split(Xt, yt, 3, torch.Generator().manual_seed(0))
transfer = with_new_head(state, 5, freeze=True)
curves = {
    "frozen pre-trained features + new head": train(transfer, *labelled, test=test),
    "frozen random features + new head": train(with_new_head(random_init, 5, True), *labelled, test=test),
    "from scratch": train(make_model(5), *labelled, test=test),
}
torch.testing.assert_close(transfer[0].state_dict(), pretrained[0].state_dict())  # still frozen
print(f"transfer {curves['frozen pre-trained features + new head'][-1]:.3f}, "
      f"from scratch {curves['from scratch'][-1]:.3f}")

fig, ax = plt.subplots(figsize=(6, 3))
for label, curve in curves.items():
    ax.plot(range(5, 51, 5), curve, label=label)
ax.set(xlabel="step", ylabel="test accuracy on 5-9", title="Learning curves, 15 labels")
ax.legend()
plt.show()


# %% [markdown]
# ## Ten repetitions
#
# One pre-trained network and one draw of 15 images prove little, so repeat the whole
# experiment ten times: each time pre-train a new network from new random weights (whose
# copy is the control), draw new labelled images, and train the four ways. Fine-tuning
# trains every layer, the pre-trained features with a learning rate ten times lower than the
# new head's (two parameter groups).

# %%
def compare(pre_training, X, y, per_class, classes):
    """Ten repetitions: `pre_training` (images, labels) gives each one a newly pre-trained
    network; the few labels are drawn from (X, y), whose other images are the test set."""
    generator = torch.Generator().manual_seed(1)
    results = {}
    for _ in range(10):
        network, init = pretrain(*pre_training)
        results.setdefault("pre-trained, own images", []).append(accuracy(network, *pre_training))
        state = network.state_dict()
        labelled, test = split(X, y, per_class, generator)
        runs = [
            ("frozen pre-trained + head", with_new_head(state, classes, freeze=True), {}),
            ("fine-tuned, lower lr", with_new_head(state, classes, freeze=False), {"backbone_lr": 1e-3}),
            ("frozen random + head", with_new_head(init, classes, freeze=True), {}),
            ("from scratch", make_model(classes), {}),
        ]
        for name, model, options in runs:
            train(model, *labelled, **options)
            results.setdefault(name, []).append(accuracy(model, *test))
    results = {name: torch.tensor(values) for name, values in results.items()}
    for name, values in results.items():
        wins = (values > results["from scratch"]).sum()
        wins = "" if name in ("from scratch", "pre-trained, own images") else f", beats from scratch on {wins} of 10"
        print(f"{name:>26}: mean {values.mean():.3f}, min {values.min():.3f}, max {values.max():.3f}{wins}")
    return results


new_classes = compare((X[source], y[source]), Xt, yt, per_class=3, classes=5)

# %% [markdown]
# On new classes of these 8x8 digits, pre-training does not pay: frozen or fine-tuned, the
# pre-trained network does no better than a small CNN trained from scratch on the 15 labels
# (on average it does a little worse), and a head on the pre-trained features does no better
# than a head on the control's random convolutions: each beats the other on some of the ten
# repetitions. A linear head on frozen features can only reweigh what those features kept:
# random convolutions already keep enough to reach the accuracies above, and what this small
# network learned for telling 0 to 4 apart served 5 to 9 no better than that.
#
# ## The same classes, other images
#
# Now pre-train on all ten digits in the first half of the images, and learn the ten digits
# again from 1 labelled image per class of the second half, with a new head.

# %%
half = len(y) // 2
same_classes = compare((X[:half], y[:half]), X[half:], y[half:], per_class=1, classes=10)

# %% [markdown]
# Here pre-training helps: the features were trained on the very kind of images and classes
# the new head has to separate, so 10 labels are enough to place a head on them, while a
# network from scratch has to learn its features from those 10 images too. The help is what
# pre-training put into the features: the same network frozen with its random initial weights
# does worse than with its pre-trained ones, and no better than training from scratch.
#
# ## The results side by side
#
# The mean test accuracy over the ten repetitions for each way of learning the new task; on
# how many of the ten each pre-trained network beat the one trained from scratch, and on how
# many the frozen pre-trained features beat the frozen random ones; and the lowest accuracy
# of the ten pre-trained networks on their own training images:

# %%
columns = ["frozen pre-trained + head", "fine-tuned, lower lr", "frozen random + head", "from scratch"]
print(f"{'pre-trained on -> new task':<48}{'frozen':>8}{'tuned':>8}{'random':>8}{'scratch':>8}"
      f"  {'wins':<30}{'own':>6}")
for task, results in [
    ("0-4 -> 5-9, 3 labels per class", new_classes),
    ("all ten, half -> other half, 1 label per class", same_classes),
]:
    means = "".join(f"{results[name].mean():8.3f}" for name in columns)
    frozen, tuned, rand, scratch = (results[name] for name in columns)
    wins = f"{(frozen > scratch).sum()}, {(tuned > scratch).sum()} of 10; {(frozen > rand).sum()} of 10"
    print(f"{task:<48}{means}  {wins:<30}{results['pre-trained, own images'].min():6.3f}")

# %% [markdown]
# *frozen*: frozen pre-trained features and a new head; *tuned*: fine-tuned, the pre-trained
# layers with a lower learning rate; *random*: the control, frozen random features and a new
# head; *wins*: repetitions on which *frozen*, then *tuned*, beat *scratch*, then those on
# which *frozen* beat *random*; *own*: the lowest accuracy of the ten pre-trained networks on
# the images they were trained on.
#
# On these digits, with this two-layer CNN and a few labels, pre-training paid for the same
# classes on other images and not for new classes. That is a measurement of this small case, not
# a rule: with a large CNN and hundreds of thousands of images, Yosinski et al. (2014), [How
# transferable are features in deep neural networks?](https://arxiv.org/abs/1411.1792), found
# that ImageNet features fine-tuned on a disjoint half of the classes beat training from
# scratch, and that transfer weakens as the tasks grow apart, though features from even the
# distant task did better than random ones. Measure it on your own task, against a model
# trained from scratch.
