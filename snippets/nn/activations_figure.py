# figure: activations.svg
import matplotlib
import matplotlib.pyplot as plt
import torch
from torch import nn

matplotlib.rcParams["svg.hashsalt"] = "activations"  # same SVG ids every build
matplotlib.rcParams["svg.fonttype"] = "none"  # text as text: a smaller file
x = torch.linspace(-4, 4, 81)
fig, ax = plt.subplots(figsize=(6, 3.5))
acts = [nn.ReLU(), nn.LeakyReLU(0.1), nn.GELU(), nn.Sigmoid(), nn.Tanh()]
# dashed and dotted: the first three overlap for x > 0
for act, style in zip(acts, ["-", "--", ":", "-", "-"]):
    ax.plot(x, act(x), style, linewidth=2, label=type(act).__name__)
ax.axhline(0, color="grey", linewidth=0.5)
ax.axvline(0, color="grey", linewidth=0.5)
ax.set(xlabel="x", ylabel="activation(x)", ylim=(-1.5, 4))
ax.legend()
fig.tight_layout()
fig.savefig("activations.svg", metadata={"Date": None})
