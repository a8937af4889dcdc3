import math

import torch
from torch import nn

torch.manual_seed(0)
mean, y = torch.randn(2, 5).unbind(0)  # the predicted means and the targets
var = torch.rand(5) + 0.5  # predicted VARIANCES (sigma squared), not standard deviations
loss = nn.GaussianNLLLoss()(mean, y, var)
by_hand = 0.5 * (torch.log(var) + (y - mean) ** 2 / var)  # full=False: no constant
torch.testing.assert_close(loss, by_hand.mean())
full = nn.GaussianNLLLoss(full=True)(mean, y, var)  # adds 0.5 * log(2 pi) to each term
torch.testing.assert_close(full, loss + 0.5 * math.log(2 * math.pi))
# full=True is the Gaussian's true negative log-likelihood; Normal takes the std
torch.testing.assert_close(full, -torch.distributions.Normal(mean, var.sqrt()).log_prob(y).mean())
print(loss, full)
#> tensor(2.0152) tensor(2.9341)
loss_fn = nn.GaussianNLLLoss()  # eps=1e-6: a smaller variance, 0 included, is raised to it
torch.testing.assert_close(loss_fn(mean, y, torch.zeros(5)), loss_fn(mean, y, torch.full((5,), 1e-6)))
try:
    loss_fn(mean, y, -var)  # e.g. a raw linear output used as the variance
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: var has negative entry/entries
