import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
y = torch.tensor([0, 2])

log_probs = nn.LogSoftmax(dim=1)(logits)  # NLLLoss expects log-probabilities
torch.testing.assert_close(log_probs, F.log_softmax(logits, dim=1))  # the function
nll = nn.NLLLoss()(log_probs, y)  # it picks -input[i, y_i] and averages
torch.testing.assert_close(nll, -(log_probs[0, 0] + log_probs[1, 2]) / 2)
# CrossEntropyLoss = LogSoftmax, then NLLLoss
torch.testing.assert_close(nll, nn.CrossEntropyLoss()(logits, y))
print(nll)
#> tensor(1.4185)

try:
    _ = nn.log_softmax  # a common slip: neither the module nor the function
except AttributeError as e:
    print(e)
    #> module 'torch.nn' has no attribute 'log_softmax'
