import torch
from torch import nn

layers = [nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)]
try:
    nn.Sequential(layers)  # Sequential takes modules as separate arguments, not a list
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
    #> TypeError: list is not a Module subclass

model = nn.Sequential(*layers)  # the fix: unpack the list
print(model(torch.ones(1, 4)).shape)
#> torch.Size([1, 2])
