import torch
import torch.nn.functional as F
from torch import nn
from torch.testing import assert_close

torch.manual_seed(0)
logits = torch.randn(4, 5, dtype=torch.float64)
target = torch.tensor([1, 0, 4, 1])
onehot = F.one_hot(target, 5).double()
w = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0], dtype=torch.float64)  # a weight per class

by_index = nn.CrossEntropyLoss(weight=w)(logits, target)
by_probs = nn.CrossEntropyLoss(weight=w)(logits, onehot)
print(by_index.round(decimals=4), by_probs.round(decimals=4))
#> tensor(2.1546, dtype=torch.float64) tensor(5.3866, dtype=torch.float64)
terms = -w[target] * F.log_softmax(logits, dim=1)[torch.arange(4), target]
assert_close(by_index, terms.sum() / w[target].sum(), rtol=1e-12, atol=0)  # divides by the weights
assert_close(by_probs, terms.sum() / 4, rtol=1e-12, atol=0)  # divides by N
summed = nn.CrossEntropyLoss(weight=w, reduction="sum")  # no division: the two agree
assert_close(summed(logits, target), summed(logits, onehot), rtol=1e-12, atol=0)
