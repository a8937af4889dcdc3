import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(1000)

dropout.train()
y = dropout(x)
# each element is zeroed (probability p) or scaled by 1/(1-p) = 2...
print(sorted(set(y.tolist())))
#> [0.0, 2.0]
# ...so the mean stays 1: over 100,000 elements within 0.02, six times its standard error 0.003
mean = dropout(torch.ones(100_000)).mean().item()
assert abs(mean - 1) < 0.02, mean

dropout.eval()
torch.testing.assert_close(dropout(x), x)  # identity at evaluation time
