import torch
from torch import nn

y_hat = torch.tensor([2.5, 0.0, 2.0, 8.0])
y = torch.tensor([3.0, -0.5, 2.0, 7.0])

mae = nn.L1Loss()(y_hat, y)  # argument order: prediction, then target
mse = nn.MSELoss()(y_hat, y)
torch.testing.assert_close(mae, (y_hat - y).abs().mean())
torch.testing.assert_close(mse, ((y_hat - y) ** 2).mean())
# squaring shrinks the 0.5 errors to 0.25 and keeps the error of 1 at 1
print(mae, mse)
#> tensor(0.5000) tensor(0.3750)
