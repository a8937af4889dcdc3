import torch
from torch import nn

y_hat = torch.tensor([[2.5, 0.0], [2.0, 8.0]])  # a batch of 2 samples, 2 outputs each
y = torch.tensor([[3.0, -0.5], [2.0, 7.0]])

# one loss per element: for weighting or masking them yourself
per_element = nn.MSELoss(reduction="none")(y_hat, y)
print(per_element)
#> tensor([[0.2500, 0.2500],
#>         [0.0000, 1.0000]])
total = nn.MSELoss(reduction="sum")(y_hat, y)
mean = nn.MSELoss(reduction="mean")(y_hat, y)  # the default
print(total, mean)
#> tensor(1.5000) tensor(0.3750)
torch.testing.assert_close(total, per_element.sum())
# "mean" divides by the number of elements (4), not by the batch size (2)
torch.testing.assert_close(mean, total / y.numel())
print(total / len(y))  # what dividing by the batch size would give
#> tensor(0.7500)
