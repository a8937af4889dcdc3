import torch
from torch import nn

torch.manual_seed(0)
s1, s2 = torch.randn(2, 5).unbind(0)  # the scores of two items, 5 pairs
y = torch.tensor([1.0, -1.0, 1.0, 1.0, -1.0])  # 1: s1 should rank higher, -1: s2 should
loss = nn.MarginRankingLoss(margin=0.5)(s1, s2, y)
# zero once the right item leads by the margin
by_hand = torch.clamp(-y * (s1 - s2) + 0.5, min=0).mean()
torch.testing.assert_close(loss, by_hand)
print(loss)
#> tensor(0.7034)
zeros = torch.zeros(5)  # 0/1 labels: every 0 pair costs the margin, whatever the scores
print(nn.MarginRankingLoss(margin=0.5, reduction="none")(s1, s2, zeros))
#> tensor([0.5000, 0.5000, 0.5000, 0.5000, 0.5000])
