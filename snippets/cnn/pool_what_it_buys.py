import torch
from torch import nn

torch.manual_seed(0)
pool = nn.MaxPool2d(2)
features = torch.randn(1, 6, 28, 28)  # a conv layer's output


def count(module):
    return sum(p.numel() for p in module.parameters())


# pooling has no parameters; the linear head after it shrinks 4 times
print(count(pool), count(nn.Linear(6 * 28 * 28, 10)), count(nn.Linear(6 * 14 * 14, 10)))
#> 0 47050 11770
# no noise, no train/eval difference: not a regulariser like dropout
torch.testing.assert_close(pool.train()(features), pool.eval()(features))

x = torch.zeros(1, 1, 4, 4)
x[0, 0, 0, 0] = 1.0  # one bright pixel
shift_inside, shift_across = x.roll(1, dims=3), x.roll(2, dims=3)
print(pool(x).flatten(), pool(shift_inside).flatten(), pool(shift_across).flatten())
#> tensor([1., 0., 0., 0.]) tensor([1., 0., 0., 0.]) tensor([0., 1., 0., 0.])
