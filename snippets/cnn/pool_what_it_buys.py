import torch
from torch import nn

torch.manual_seed(0)
pool = nn.MaxPool2d(2)
features = torch.randn(1, 6, 28, 28)  # stands in for a conv layer's output
# pooling has no parameters; the linear head after it has 4 times fewer weights
heads = [nn.Linear(6 * 28 * 28, 10), nn.Linear(6 * 14 * 14, 10)]
print(len(list(pool.parameters())), [head.weight.numel() for head in heads])
#> 0 [47040, 11760]
# no noise, no train/eval difference: not a regulariser like dropout
torch.testing.assert_close(pool.train()(features), pool.eval()(features))

x = torch.zeros(1, 1, 4, 4)
x[0, 0, 0, 0] = 1.0  # one bright pixel
shift_inside, shift_across = x.roll(1, dims=3), x.roll(2, dims=3)
print(pool(x).flatten(), pool(shift_inside).flatten(), pool(shift_across).flatten())
#> tensor([1., 0., 0., 0.]) tensor([1., 0., 0., 0.]) tensor([0., 1., 0., 0.])
moved = pool(features) != pool(features.roll(1, dims=3))  # the whole map, one pixel to the right
print(f"{moved.float().mean():.2f} of the pooled values change")
#> 0.68 of the pooled values change
