import torch
from torch.testing import assert_close

torch.manual_seed(0)
preact = torch.randn(6, dtype=torch.float64, requires_grad=True)
act = torch.tanh(preact)
(auto,) = torch.autograd.grad(act.sum(), preact)

# written with the output act, not with preact
assert_close((1 - act**2).detach(), auto, rtol=1e-12, atol=1e-15)
wrong = 1 - preact.detach() ** 2  # a common slip: the input squared
assert not torch.allclose(wrong, auto, rtol=1e-3, atol=1e-3)
