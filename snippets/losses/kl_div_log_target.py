import warnings

import torch
from torch import nn

torch.manual_seed(0)
log_q = torch.log_softmax(torch.randn(4, 5), dim=1)  # the model
log_p = torch.log_softmax(torch.randn(4, 5), dim=1)  # the target, e.g. a teacher's log_softmax
kl = nn.KLDivLoss(reduction="batchmean", log_target=True)(log_q, log_p)  # no exp() needed
torch.testing.assert_close(kl, nn.KLDivLoss(reduction="batchmean")(log_q, log_p.exp()))
Cat = torch.distributions.Categorical
torch.testing.assert_close(kl, torch.distributions.kl_divergence(Cat(logits=log_p),
                                                                 Cat(logits=log_q)).mean())
print(kl)
#> tensor(0.5777)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mean = nn.KLDivLoss(log_target=True)(log_q, log_p)  # the default reduction, "mean"
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.
torch.testing.assert_close(mean, kl / 5)  # divided by 4 * 5 elements, not by the batch of 4
