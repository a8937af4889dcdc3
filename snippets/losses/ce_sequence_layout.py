import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(2, 3, 5)  # a sequence model's output (N, L, C): 3 positions, 5 classes
target = torch.randint(0, 5, (2, 3))  # one class per position: (N, L)
loss_fn = nn.CrossEntropyLoss()
try:
    loss_fn(logits, target)  # the classes must be dim 1: (N, C, L)
except RuntimeError as e:
    print(e)
    #> Expected target size [2, 5], got [2, 3]

loss = loss_fn(logits.permute(0, 2, 1), target)  # (N, L, C) -> (N, C, L)
# the same as flattening the positions into the batch
torch.testing.assert_close(loss, loss_fn(logits.reshape(-1, 5), target.reshape(-1)))
print(loss)
#> tensor(1.3712)

# with L == C nothing fails: the wrong layout is silently another loss
logits4, target4 = torch.randn(2, 4, 4), torch.randint(0, 4, (2, 4))  # (N, L, C), L = C = 4
print(loss_fn(logits4, target4), loss_fn(logits4.permute(0, 2, 1), target4))
#> tensor(1.9671) tensor(1.7185)
