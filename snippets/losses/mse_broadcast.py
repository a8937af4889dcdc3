import warnings

import torch
from torch import nn

pred = torch.tensor([[1.0], [2.0], [3.0]])  # a regression model's output: (N, 1)
y = torch.tensor([1.0, 2.0, 3.0])  # the targets: (N,), a perfect prediction
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.MSELoss()(pred, y)  # broadcasts (3, 1) against (3,) to (3, 3)
print(caught[0].category.__name__, str(caught[0].message).split(". ")[0])
#> UserWarning Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1]))
print(wrong)  # the mean of all 9 pairs (pred_i - y_j)^2, not 0
#> tensor(1.3333)
torch.testing.assert_close(wrong, ((pred - y) ** 2).mean())  # (3, 1) - (3,) is (3, 3)

right = nn.MSELoss()(pred.squeeze(1), y)  # or pred.view(-1), or y.unsqueeze(1)
print(right)
#> tensor(0.)
try:
    nn.BCEWithLogitsLoss()(pred, y)  # the BCE losses refuse the mismatch outright
except ValueError as e:
    print(e)
    #> Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 1]))
