import torch
from torch import nn


def out_size(h, k, s=1, p=0, d=1):
    return (h + 2 * p - d * (k - 1) - 1) // s + 1


torch.manual_seed(0)
x = torch.randn(1, 1, 28, 28)
for k, s, p, d in [(3, 1, 0, 1), (3, 1, 1, 1), (5, 1, 2, 1), (3, 2, 1, 1), (4, 2, 1, 1),
                   (7, 3, 0, 1), (3, 1, 1, 2)]:
    h = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)(x).shape[-1]
    assert h == out_size(28, k, s, p, d)
    print(f"k={k} s={s} p={p} d={d}: 28 -> {h}")
    #> k=3 s=1 p=0 d=1: 28 -> 26
    #> k=3 s=1 p=1 d=1: 28 -> 28
    #> k=5 s=1 p=2 d=1: 28 -> 28
    #> k=3 s=2 p=1 d=1: 28 -> 14
    #> k=4 s=2 p=1 d=1: 28 -> 14
    #> k=7 s=3 p=0 d=1: 28 -> 8
    #> k=3 s=1 p=1 d=2: 28 -> 26
assert nn.MaxPool2d(3, stride=2, padding=1)(x).shape[-1] == out_size(28, 3, 2, 1)  # pooling too
