import torch
from torch import nn

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])  # (batch, classes)
probs = nn.Softmax(dim=1)(logits)  # dim=1: over the classes of each row
print(probs)
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
torch.testing.assert_close(probs.sum(dim=1), torch.ones(2))  # each row sums to 1
exp = torch.exp(logits)
torch.testing.assert_close(probs, exp / exp.sum(dim=1, keepdim=True))
# dim=0 normalises each column instead: wrong for (batch, classes)
print(nn.Softmax(dim=0)(logits).sum(dim=1))  # the rows no longer sum to 1
#> tensor([2.1119, 0.8881])
