import torch

logits = torch.tensor([[1000.0, 1001.0, 1002.0]])
counts = logits.exp()  # e^1000 does not fit in a float: inf
print(counts / counts.sum(1, keepdim=True))  # inf / inf
#> tensor([[nan, nan, nan]])

logit_maxes = logits.max(1, keepdim=True).values
norm_logits = logits - logit_maxes  # every row's largest entry is now 0
counts = norm_logits.exp()  # each at most 1, the largest exactly 1: the row sum is at least 1
probs = counts / counts.sum(1, keepdim=True)
print(probs)
#> tensor([[0.0900, 0.2447, 0.6652]])

# a shift does not change the softmax: the same as the softmax of [0, 1, 2]
torch.testing.assert_close(probs, torch.softmax(torch.tensor([[0.0, 1.0, 2.0]]), 1), rtol=1e-6, atol=0)
print(torch.softmax(logits, 1))  # torch.softmax copes with large logits itself
#> tensor([[0.0900, 0.2447, 0.6652]])
