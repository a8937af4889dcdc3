import math

import torch
import torch.nn.functional as F
from torch import nn
from torch.testing import assert_close

torch.manual_seed(0)
logits = torch.randn(4, 5, dtype=torch.float64)  # raw scores: no softmax layer before the loss
target = torch.tensor([1, 0, 4, 1])  # class indices, not one-hot

ce = nn.CrossEntropyLoss()(logits, target)
log_p = F.log_softmax(logits, dim=1)
assert_close(ce, F.nll_loss(log_p, target), rtol=0, atol=1e-15)
assert_close(ce, -log_p[torch.arange(4), target].mean(), rtol=0, atol=1e-15)
onehot = F.one_hot(target, 5).double()  # class probabilities too: the same loss (without weight=)
assert_close(ce, nn.CrossEntropyLoss()(logits, onehot), rtol=0, atol=1e-15)
print(ce)
#> tensor(1.8806, dtype=torch.float64)

# A softmax before the loss: the loss applies a second one
wrong = nn.CrossEntropyLoss()(torch.softmax(logits, dim=1), target)
print(wrong)
#> tensor(1.6485, dtype=torch.float64)
sure = 20 * onehot  # confident, right logits: the loss goes to 0, but not after a softmax
print(nn.CrossEntropyLoss()(sure, target), nn.CrossEntropyLoss()(sure.softmax(1), target))
#> tensor(8.2446e-09, dtype=torch.float64) tensor(0.9048, dtype=torch.float64)
assert nn.CrossEntropyLoss()(sure.softmax(1), target) > math.log(1 + 4 / math.e)  # 5 classes
