import torch
from torch import nn

model = nn.Linear(2, 1, bias=False)
# a huge gradient: 100 * [1, 1]
model(torch.ones(1, 2)).sum().mul(100).backward()

# between backward() and step()
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(norm)  # the total norm BEFORE clipping: sqrt(100^2 + 100^2)
#> tensor(141.4214)
print(model.weight.grad)  # rescaled to norm 1 (just below), direction kept
#> tensor([[0.7071, 0.7071]])
torch.testing.assert_close(norm, torch.tensor(2.0).sqrt() * 100)
torch.testing.assert_close(model.weight.grad.norm(), torch.tensor(1.0))
