import math

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

# the right logit `gap` above the others: plain CE falls for ever, smoothed CE is lowest at a
# finite gap, where the softmax equals the smoothed target: ln(0.9333 / 0.0333) = ln(28)
best = math.log((1 - eps + eps / k) / (eps / k))
for gap in [1.0, best, 10.0]:
    z = gap * nn.functional.one_hot(y, k).float()
    plain, smooth = nn.CrossEntropyLoss()(z, y), nn.CrossEntropyLoss(label_smoothing=eps)(z, y)
    print(f"gap {gap:.2f}: plain {plain:.4f}, smoothed {smooth:.4f}")
    #> gap 1.00: plain 0.5514, smoothed 0.6181
    #> gap 3.33: plain 0.0690, smoothed 0.2911
    #> gap 10.00: plain 0.0001, smoothed 0.6668
