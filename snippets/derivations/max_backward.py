import torch
import torch.nn.functional as F
from torch.testing import assert_close

torch.manual_seed(0)
n, C = 4, 5
logits = torch.randn(n, C, dtype=torch.float64, requires_grad=True)
y = torch.tensor([1, 0, 4, 1])

logit_maxes = logits.max(1, keepdim=True).values
norm_logits = logits - logit_maxes
for t in (logit_maxes, norm_logits):
    t.retain_grad()
F.cross_entropy(norm_logits, y).backward()  # the rest of the chain, in one call

dnorm_logits = norm_logits.grad  # derived by hand in cross_entropy_node_by_node.py
dlogit_maxes = -dnorm_logits.sum(1, keepdim=True)  # broadcast: sum, and the minus
argmax = F.one_hot(logits.max(1).indices, C)  # the max passes its gradient here only
dlogits = dnorm_logits + argmax * dlogit_maxes
assert_close(dlogit_maxes, logit_maxes.grad, rtol=1e-10, atol=1e-12)
assert_close(dlogits, logits.grad, rtol=1e-10, atol=1e-12)
print(argmax)
#> tensor([[0, 0, 0, 1, 0],
#>         [0, 0, 0, 0, 1],
#>         [0, 0, 0, 1, 0],
#>         [0, 0, 1, 0, 0]])
print(dlogit_maxes.flatten().abs().round(decimals=12))  # 0 up to rounding
#> tensor([0., 0., 0., 0.], dtype=torch.float64)
