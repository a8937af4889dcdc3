import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
pad = torch.tensor([-100, -100])  # e.g. a batch of padding only
print(F.cross_entropy(logits, pad))  # "mean" over no targets: 0 / 0
#> tensor(nan)


def masked_ce(logits, y, ignore_index=-100):  # a mean that is 0 when nothing counts
    total = F.cross_entropy(logits, y, ignore_index=ignore_index, reduction="sum")
    return total / (y != ignore_index).sum().clamp(min=1)


print(masked_ce(logits, pad))
#> tensor(0.)
y = torch.tensor([0, -100])
torch.testing.assert_close(masked_ce(logits, y), F.cross_entropy(logits, y))  # otherwise equal
w = torch.tensor([0.2, 1.0, 3.0])  # with weight=, "mean" divides by the kept targets' weights
total = F.cross_entropy(logits, y, weight=w, reduction="sum")
torch.testing.assert_close(total / w[y[y != -100]].sum(), F.cross_entropy(logits, y, weight=w))
