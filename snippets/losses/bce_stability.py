import torch
from torch import nn

logit = torch.tensor([40.0], requires_grad=True)  # confident and wrong
y = torch.tensor([0.0])

p = torch.sigmoid(logit)
print(p == 1.0)  # 1 - 4e-18 rounds to exactly 1 in float32
#> tensor([True])
# log(1 - p) = log(0) = -inf, which BCELoss clamps to -100
broken = nn.BCELoss()(p, y)
# computed from the logit: log(1 + e^40), about 40
stable = nn.BCEWithLogitsLoss()(logit, y)
print(broken.item(), stable.item())
#> 100.0 40.0
# log(1 + e^z) with the log-sum-exp trick: max(z, 0) + log(1 + e^-|z|)
torch.testing.assert_close(stable, 40 + torch.log1p(torch.exp(-logit[0])))

(grad_broken,) = torch.autograd.grad(broken, logit)
(grad_stable,) = torch.autograd.grad(stable, logit)
# no learning signal, versus sigmoid(z) - y = 1
print(grad_broken.item(), grad_stable.item())
#> 0.0 1.0
