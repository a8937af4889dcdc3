import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

torch.manual_seed(0)
X, y = torch.randn(64, 3), torch.randn(64, 1)
model = nn.Linear(3, 1)
# a running copy: ema = 0.9 * ema + 0.1 * weights (use_buffers: batch-norm stats too)
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
by_hand = None
for step in range(20):
    loss = nn.functional.mse_loss(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    ema.update_parameters(model)  # after each optimizer.step(); the first one copies
    w = model.weight.detach().clone()
    by_hand = w if by_hand is None else 0.9 * by_hand + 0.1 * w
torch.testing.assert_close(ema.module.weight, by_hand)
print(model.weight.detach(), ema.module.weight.detach(), sep="\n")  # evaluate with ema(X)
#> tensor([[-0.1379, -0.0746, -0.0600]])
#> tensor([[-0.2298, -0.0123, -0.0936]])
