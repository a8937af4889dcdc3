import torch
from torch import nn


def out_size(h, k, s=1, p=0):
    return (h + 2 * p - k) // s + 1


x = torch.randn(1, 1, 28, 28)
for k, s, p in [(3, 1, 0), (3, 1, 1), (5, 1, 2), (3, 2, 1), (4, 2, 1), (7, 3, 0)]:
    h = nn.Conv2d(1, 1, k, stride=s, padding=p)(x).shape[-1]
    assert h == out_size(28, k, s, p)
    print(f"k={k} s={s} p={p}: 28 -> {h}")
    #> k=3 s=1 p=0: 28 -> 26
    #> k=3 s=1 p=1: 28 -> 28
    #> k=5 s=1 p=2: 28 -> 28
    #> k=3 s=2 p=1: 28 -> 14
    #> k=4 s=2 p=1: 28 -> 14
    #> k=7 s=3 p=0: 28 -> 8
