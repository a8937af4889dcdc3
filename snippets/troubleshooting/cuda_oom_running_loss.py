import weakref

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 1))
for running in ("loss", "loss.item()"):
    total_loss, kept = 0, []
    for step in range(3):  # an evaluation loop without torch.no_grad()
        hidden = model[:2](torch.randn(8, 4))  # an activation the graph saves for its backward
        kept.append(weakref.ref(hidden))  # a reference that does not keep it alive
        loss = model[2](hidden).pow(2).mean()
        total_loss += loss if running == "loss" else loss.item()
    del hidden, loss
    print(f"total_loss += {running}: {sum(r() is not None for r in kept)} of 3 activations alive")
    #> total_loss += loss: 3 of 3 activations alive
    #> total_loss += loss.item(): 0 of 3 activations alive
