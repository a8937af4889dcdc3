import torch
from torch.testing import assert_close

torch.manual_seed(0)
counts = torch.rand(3, 4, dtype=torch.float64, requires_grad=True)
inv = torch.rand(3, 1, dtype=torch.float64, requires_grad=True)  # one value per row

probs = counts * inv  # inv is replicated across the 4 columns
dprobs = torch.randn(3, 4, dtype=torch.float64)
probs.backward(dprobs)

# Each copy of inv[i] received a gradient; the copies' gradients add up
dinv = (counts * dprobs).sum(dim=1, keepdim=True)
assert_close(inv.grad, dinv.detach(), rtol=1e-12, atol=1e-12)
assert_close(counts.grad, inv.detach() * dprobs, rtol=1e-12, atol=1e-12)
print(inv.grad.shape)
#> torch.Size([3, 1])

# The converse: a sum forward is a broadcast (a copy of the gradient) backward
drow = torch.randn(3, 1, dtype=torch.float64)
(dcounts,) = torch.autograd.grad(counts.sum(dim=1, keepdim=True), counts, drow)
assert_close(dcounts, drow.expand(3, 4), rtol=0, atol=0)
