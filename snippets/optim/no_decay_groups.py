import torch
from torch import nn


def decay_groups(model, weight_decay):
    # matrices (Linear, Conv, Embedding weights) decay; biases and norm weights (1-D) do not
    decay = [p for p in model.parameters() if p.ndim >= 2]
    no_decay = [p for p in model.parameters() if p.ndim < 2]
    return [{"params": decay, "weight_decay": weight_decay},
            {"params": no_decay, "weight_decay": 0.0}]


for grouped in (False, True):
    model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 1))
    params = decay_groups(model, 0.1) if grouped else model.parameters()
    optimizer = torch.optim.AdamW(params, lr=0.1, weight_decay=0.1)
    for step in range(10):  # steps with zero gradients: only the decay acts
        for p in model.parameters():
            p.grad = torch.zeros_like(p)
        optimizer.step()
    print(f"grouped={grouped}: LayerNorm weight {model[1].weight[0].item():.4f}")
    #> grouped=False: LayerNorm weight 0.9044
    #> grouped=True: LayerNorm weight 1.0000
print([len(g["params"]) for g in optimizer.param_groups])  # 2 matrices; 4 vectors
#> [2, 4]
