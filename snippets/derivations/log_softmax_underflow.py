import torch
import torch.nn.functional as F

logits = torch.tensor([[0.0, 120.0]])  # the label, class 0, is very unlikely
y = torch.tensor([0])

probs = logits.softmax(dim=1)
print(probs)  # e^-120 is below the smallest float32: p underflows to 0
#> tensor([[0., 1.]])
print(-probs.log()[0, y])  # so log(p) is -inf, and the loss is inf
#> tensor([inf])
print(F.log_softmax(logits, dim=1))  # (l - max) - log(sum(exp(l - max))): no log of 0
#> tensor([[-120.,    0.]])
print(F.cross_entropy(logits, y))  # cross_entropy uses log_softmax: the finite loss
#> tensor(120.)
