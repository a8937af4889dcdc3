import torch
import torch.nn.functional as F
from torch.testing import assert_close

torch.manual_seed(0)
n, C = 4, 5  # n samples, C classes
logits = torch.randn(n, C, dtype=torch.float64, requires_grad=True)
y = torch.tensor([1, 0, 4, 1])

logit_maxes = logits.max(1, keepdim=True).values
norm_logits = logits - logit_maxes  # for stability; the softmax is unchanged
counts = norm_logits.exp()
counts_sum = counts.sum(1, keepdim=True)
counts_sum_inv = counts_sum**-1
probs = counts * counts_sum_inv
logprobs = probs.log()
loss = -logprobs[range(n), y].mean()
nodes = [logprobs, probs, counts_sum_inv, counts_sum, counts, norm_logits]
for t in nodes:
    t.retain_grad()
loss.backward()
assert_close(loss, F.cross_entropy(logits, y), rtol=1e-12, atol=0)

with torch.no_grad():  # the hand backward, one node at a time
    dlogprobs = torch.zeros_like(logits)
    dlogprobs[range(n), y] = -1 / n  # only the picked entries enter the mean
    dprobs = dlogprobs / probs  # d log p / dp = 1 / p
    dcounts_sum_inv = (counts * dprobs).sum(1, keepdim=True)  # broadcast: sum
    dcounts = counts_sum_inv * dprobs  # first use of counts
    dcounts_sum = -counts_sum**-2 * dcounts_sum_inv
    dcounts += dcounts_sum  # second use, through counts_sum: the two add
    dnorm_logits = counts * dcounts  # d exp(u) / du = exp(u) = counts
hand = [dlogprobs, dprobs, dcounts_sum_inv, dcounts_sum, dcounts, dnorm_logits]
for h, t in zip(hand, nodes):
    assert_close(h, t.grad, rtol=1e-10, atol=1e-12)
print(dlogprobs[0])  # sample 0 has label 1
#> tensor([ 0.0000, -0.2500,  0.0000,  0.0000,  0.0000], dtype=torch.float64)
