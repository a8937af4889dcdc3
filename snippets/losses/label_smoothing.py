import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
y = torch.tensor([0, 2])
eps, k = 0.1, 3

smoothed = nn.CrossEntropyLoss(label_smoothing=eps)(logits, y)
# the target becomes (1 - eps) * one_hot + eps / k on every class
target = (1 - eps) * nn.functional.one_hot(y, k) + eps / k
torch.testing.assert_close(smoothed, nn.CrossEntropyLoss()(logits, target))
print(target)
#> tensor([[0.9333, 0.0333, 0.0333],
#>         [0.0333, 0.0333, 0.9333]])
print(nn.CrossEntropyLoss()(logits, y), smoothed)
#> tensor(1.4185) tensor(1.4269)
