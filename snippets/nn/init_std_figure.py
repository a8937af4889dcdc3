# figure: init_std.svg
import math

import matplotlib
import matplotlib.pyplot as plt
import torch
from torch import nn

matplotlib.rcParams["svg.hashsalt"] = "init_std"  # same SVG ids every build
matplotlib.rcParams["svg.fonttype"] = "none"
inits = {"normal_(std=0.01)": lambda w: nn.init.normal_(w, std=0.01),
         "normal_(std=1)": lambda w: nn.init.normal_(w, std=1.0),
         "nn.Linear's default": lambda w: nn.init.kaiming_uniform_(w, a=math.sqrt(5)),
         "kaiming_normal_": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu")}
fig, ax = plt.subplots(figsize=(6, 3.5))
for name, init in inits.items():
    torch.manual_seed(0)
    x, stds = torch.randn(64, 64), []
    for _ in range(20):  # 20 layers: x = relu(x W^T), W of shape (64, 64)
        w = init(torch.empty(64, 64))
        x = torch.relu(x @ w.T)
        stds.append(x.std().item())
    ax.semilogy(range(1, 21), stds, marker=".", label=name)
    print(f"{name:19} std after layer 1: {stds[0]:.2e}, after layer 20: {stds[-1]:.2e}")
    #> normal_(std=0.01)   std after layer 1: 4.75e-02, after layer 20: 9.53e-26
    #> normal_(std=1)      std after layer 1: 4.75e+00, after layer 20: 9.53e+14
    #> nn.Linear's default std after layer 1: 3.42e-01, after layer 20: 7.63e-09
    #> kaiming_normal_     std after layer 1: 8.40e-01, after layer 20: 8.46e-01
ax.set(xlabel="layer", ylabel="std of the activations (log scale)", xticks=[1, 5, 10, 15, 20])
ax.legend()
fig.tight_layout()
fig.savefig("init_std.svg", metadata={"Date": None})
