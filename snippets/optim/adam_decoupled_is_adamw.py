import torch
from torch import nn


def train(make_optimizer):
    torch.manual_seed(0)
    model = nn.Linear(4, 2)
    optimizer = make_optimizer(model.parameters())
    x, y = torch.randn(16, 4), torch.randn(16, 2)
    for step in range(20):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
    return [p.detach() for p in model.parameters()]


adamw = train(lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1))
adam_dec = train(lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1, decoupled_weight_decay=True))
adam_l2 = train(lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1))
assert all(torch.equal(a, b) for a, b in zip(adamw, adam_dec))  # bit for bit
assert not any(torch.equal(a, b) for a, b in zip(adamw, adam_l2))  # plain Adam: L2 in the gradient
print(issubclass(torch.optim.AdamW, torch.optim.Adam), torch.optim.AdamW([torch.zeros(1)]).defaults["weight_decay"])
#> True 0.01
