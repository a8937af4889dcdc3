import torch
from torch import nn

logits = torch.tensor([-1.0, 0.5, 2.0])
y = torch.tensor([0.0, 1.0, 1.0])  # floats in [0, 1], same shape as the input

p = torch.sigmoid(logits)
by_hand = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
bce = nn.BCELoss()(p, y)  # takes probabilities: apply sigmoid first
bce_logits = nn.BCEWithLogitsLoss()(logits, y)  # takes logits
torch.testing.assert_close(bce, by_hand)
torch.testing.assert_close(bce_logits, by_hand)
print(bce, bce_logits)
#> tensor(0.3048) tensor(0.3048)
