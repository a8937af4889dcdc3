import math

import torch
import torch.nn.functional as F

logits = torch.tensor([[0.0, 120.0]], requires_grad=True)  # the label, class 0, is very unlikely
y = torch.tensor([0])

probs = logits.softmax(dim=1)
print(probs.detach())  # e^-120 is below the smallest float32: p underflows to 0
#> tensor([[0., 1.]])
loss = -probs.log()[0, y].mean()  # so log(p) is -inf, and the loss is inf
(grad,) = torch.autograd.grad(loss, logits)
assert loss.isinf() and grad.isnan().all()  # and its gradients nan
print(F.log_softmax(logits.detach(), dim=1))  # (l - max) - log(sum(exp(l - max))): no log of 0
#> tensor([[-120.,    0.]])
print(F.cross_entropy(logits.detach(), y))  # cross_entropy uses log_softmax: the finite loss
#> tensor(120.)
(grad,) = torch.autograd.grad(F.cross_entropy(logits, y), logits)
assert grad.isfinite().all()  # and finite gradients, softmax - onehot

# where float32 runs out: below ln(tiny), subnormal; below ln(2**-150), rounded to 0
tiny = torch.finfo(torch.float32).tiny  # the smallest normal float32, 2**-126
print(round(math.log(tiny), 2), round(math.log(2.0**-150), 2))
#> -87.34 -103.97
assert torch.tensor(2.0**-149).item() > 0 and torch.tensor(2.0**-150).item() == 0  # in float32
gap = torch.tensor([[0.0, 100.0]])  # 100 below: p is subnormal, so its log is already off
print(round(gap.softmax(1).log()[0, 0].item(), 2), F.log_softmax(gap, dim=1)[0, 0].item())
#> -99.98 -100.0
