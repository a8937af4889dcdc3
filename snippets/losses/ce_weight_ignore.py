import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.0, 0.0, 3.0]])
y = torch.tensor([0, 2, -100])  # -100, the default ignore_index: e.g. padding

per_row = nn.CrossEntropyLoss(reduction="none")(logits, y)
print(per_row)  # an ignored row contributes 0...
#> tensor([0.4170, 2.4200, 0.0000])
loss = nn.CrossEntropyLoss()(logits, y)
torch.testing.assert_close(loss, per_row[:2].mean())  # ...and is not counted

# weight: one per class, e.g. to count a rare class 3 times
weight = torch.tensor([1.0, 1.0, 3.0])
weighted = nn.CrossEntropyLoss(weight=weight)(logits, y)
w = weight[y[:2]]  # the weight of each kept row's target class
# "mean" divides by the sum of those weights, not by the row count
torch.testing.assert_close(weighted, (w * per_row[:2]).sum() / w.sum())
print(loss, weighted)
#> tensor(1.4185) tensor(1.9193)
z = logits[2:].clone().requires_grad_()  # a batch whose every target is ignored
nothing = nn.CrossEntropyLoss()(z, y[2:])
nothing.backward()
print(nothing.item(), z.grad)  # a mean over no targets, 0 / 0, but zero gradients
#> nan tensor([[0., 0., 0.]])
