import torch
from torch import nn

torch.manual_seed(0)
kl = nn.KLDivLoss(reduction="batchmean", log_target=True)
log_q = torch.log_softmax(torch.randn(2, 3), dim=1)  # the model
p = torch.tensor([[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]])  # the target, with masked classes
log_p = p.log()  # log(0) = -inf
print(kl(log_q, log_p))  # exp(-inf) * (-inf - log q) is 0 * -inf = nan
#> tensor(nan)
# the fixes: clamp the log-target, or pass probabilities (log_target=False)
print(kl(log_q, log_p.clamp(min=-100)), nn.KLDivLoss(reduction="batchmean")(log_q, p))
#> tensor(0.2942) tensor(0.2942)
# batchmean divides by input.size(0), whatever the other dimensions are
log_q, log_p = torch.log_softmax(torch.randn(2, 2, 5, 7), dim=2).unbind(0)  # two (N, C, L)
per_position = (log_p.exp() * (log_p - log_q)).sum(dim=1)  # the KL at each of the N * L positions
torch.testing.assert_close(kl(log_q, log_p), per_position.sum() / 2)  # summed over L, not averaged
one = log_q[0, :, 0], log_p[0, :, 0]  # one unbatched distribution over C = 5 classes
torch.testing.assert_close(kl(*one), per_position[0, 0] / 5)  # divided by C
