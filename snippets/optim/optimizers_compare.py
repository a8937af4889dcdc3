import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(256, 3)
w = torch.tensor([[2.0], [-3.0], [0.5]])
y = X @ w + 1.0 + 0.1 * torch.randn(256, 1)

optimizers = {
    "SGD(momentum=0.9)": lambda p: torch.optim.SGD(p, lr=0.01, momentum=0.9),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.01),
    # weight decay applied to the weights directly ("decoupled")
    "AdamW": lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.01),
    "RMSprop": lambda p: torch.optim.RMSprop(p, lr=0.01),
}
for name, make in optimizers.items():
    torch.manual_seed(1)  # the same initial weights for every optimizer
    model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
    optimizer = make(model.parameters())
    losses = []
    for step in range(100):
        loss = nn.functional.mse_loss(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    print(f"{name:18} loss {losses[0]:.4f} -> {losses[-1]:.4f}")
    #> SGD(momentum=0.9)  loss 14.5855 -> 0.0386
    #> Adam               loss 14.5855 -> 0.3992
    #> AdamW              loss 14.5855 -> 0.4003
    #> RMSprop            loss 14.5855 -> 0.0854
