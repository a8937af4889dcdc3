import torch
from torch import nn


def out_size(h, k, s=1, p=0, d=1):
    return (h + 2 * p - d * (k - 1) - 1) // s + 1


torch.manual_seed(0)
x = torch.randn(1, 1, 28, 13)  # not square, one side odd: the formula holds per dimension
for k, s, p, d in [(3, 1, 0, 1), (3, 1, 1, 1), (5, 1, 2, 1), (3, 2, 1, 1), (4, 2, 1, 1),
                   (7, 3, 0, 1), (3, 1, 1, 2), (3, 1, 2, 2)]:
    shape = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)(x).shape[2:]
    assert shape == (out_size(28, k, s, p, d), out_size(13, k, s, p, d))
    print(f"k={k} s={s} p={p} d={d}: (28, 13) -> {tuple(shape)}")
    #> k=3 s=1 p=0 d=1: (28, 13) -> (26, 11)
    #> k=3 s=1 p=1 d=1: (28, 13) -> (28, 13)
    #> k=5 s=1 p=2 d=1: (28, 13) -> (28, 13)
    #> k=3 s=2 p=1 d=1: (28, 13) -> (14, 7)
    #> k=4 s=2 p=1 d=1: (28, 13) -> (14, 6)
    #> k=7 s=3 p=0 d=1: (28, 13) -> (8, 3)
    #> k=3 s=1 p=1 d=2: (28, 13) -> (26, 11)
    #> k=3 s=1 p=2 d=2: (28, 13) -> (28, 13)
assert nn.MaxPool2d(3, stride=2, padding=1)(x).shape[2:] == (out_size(28, 3, 2, 1), out_size(13, 3, 2, 1))
