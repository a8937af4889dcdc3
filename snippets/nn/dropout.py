import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(8)

dropout.train()
# about half zeroed, the rest scaled by 1/(1-p) = 2: the mean stays 1
print(dropout(x))
#> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
print(dropout(torch.ones(100_000)).mean())
#> tensor(0.9986)

dropout.eval()
print(dropout(x))  # identity at evaluation time
#> tensor([1., 1., 1., 1., 1., 1., 1., 1.])
