import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(8)
print(drop(x))  # train mode (the default): zeroes each with probability p, scales the rest by 1 / (1 - p)
#> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
drop.eval()
print(drop(x))  # eval mode: the identity
#> tensor([1., 1., 1., 1., 1., 1., 1., 1.])

bn = nn.BatchNorm1d(1)
batch = torch.tensor([[1.0], [3.0]])
print(bn(batch).flatten())  # train: the batch's own mean 2 and (biased) variance 1
#> tensor([-1.0000,  1.0000], grad_fn=<ViewBackward0>)
print(bn.running_mean, bn.running_var)  # moved 10% of the way to mean 2 and unbiased variance 2
#> tensor([0.2000]) tensor([1.1000])
bn.eval()
print(bn(batch).flatten())  # eval: the running estimates, the same for any batch size
#> tensor([0.7628, 2.6697], grad_fn=<ViewBackward0>)

model = nn.Sequential(nn.Linear(1, 1), drop, bn)
print([m.training for m in model.train().modules()])  # the flag, set on every submodule
#> [True, True, True, True]
