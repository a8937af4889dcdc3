import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
y = torch.tensor([0, 2])
weight = torch.tensor([1.0, 1.0, 3.0])
loss_fn = nn.CrossEntropyLoss(weight=weight)

by_index = loss_fn(logits, y)  # class indices
by_probs = loss_fn(logits, F.one_hot(y, 3).float())  # the same labels, one-hot
print(by_index, by_probs)
#> tensor(1.9193) tensor(3.8386)

weighted_sum = -(weight[y] * F.log_softmax(logits, dim=1)[torch.arange(2), y]).sum()
torch.testing.assert_close(by_index, weighted_sum / weight[y].sum())  # / (1 + 3)
torch.testing.assert_close(by_probs, weighted_sum / len(y))  # / N = 2
