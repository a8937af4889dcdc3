import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(64, 3), torch.randn(64, 1)
model = nn.Linear(3, 1)
optimizer = torch.optim.AdamW(model.parameters(), lr=0.1, weight_decay=0.01)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.5)
for epoch in range(20):
    model.train()
    optimizer.zero_grad()  # clear the last step's gradients
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    optimizer.step()
    scheduler.step()  # once per epoch, after optimizer.step()
print(f"{loss.item():.4f}", scheduler.get_last_lr())
#> 0.7088 [0.025]
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    torch.save(model.state_dict(), path)  # save the state_dict, not the module
    model.load_state_dict(torch.load(path, weights_only=True))
