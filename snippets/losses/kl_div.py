import torch
from torch import nn

torch.manual_seed(0)
# input: the model's log-probabilities, log q
log_q = torch.log_softmax(torch.randn(4, 5), dim=1)
# target: probabilities, p
p = torch.softmax(torch.randn(4, 5), dim=1)

# KL(p || q), averaged over the batch
kl = nn.KLDivLoss(reduction="batchmean")(log_q, p)
by_hand = (p * (p.log() - log_q)).sum() / 4
torch.testing.assert_close(kl, by_hand)
# KL = cross-entropy - entropy of the target (CE's log_softmax leaves log_q as it is)
entropy = -(p * p.log()).sum(1).mean()
torch.testing.assert_close(kl, nn.CrossEntropyLoss()(log_q, p) - entropy)
print(kl)
#> tensor(0.5777)
