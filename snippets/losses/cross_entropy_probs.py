import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
# one distribution per row (floats)
targets = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.0, 1.0]])

loss = nn.CrossEntropyLoss()(logits, targets)
by_hand = -(targets * torch.log_softmax(logits, dim=1)).sum(dim=1).mean()
torch.testing.assert_close(loss, by_hand)
# a one-hot row gives the same loss as its class index
one_hot_loss = nn.CrossEntropyLoss()(logits[1:], targets[1:])
index_loss = nn.CrossEntropyLoss()(logits[1:], torch.tensor([2]))
torch.testing.assert_close(one_hot_loss, index_loss)
print(loss)
#> tensor(1.6135)
