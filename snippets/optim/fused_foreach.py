import torch
from torch import nn


def train(Opt, **impl):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = Opt(model.parameters(), lr=0.01, **impl)
    x, y = torch.randn(32, 8), torch.randn(32, 1)
    for step in range(10):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


for Opt in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW, torch.optim.Adagrad):
    loop = train(Opt, foreach=False)  # one parameter at a time: a few small kernels each
    for impl in (dict(foreach=True), dict(fused=True)):  # fused=True runs on the CPU too
        torch.testing.assert_close(train(Opt, **impl), loop, rtol=1e-5, atol=1e-6)  # equal to rounding
