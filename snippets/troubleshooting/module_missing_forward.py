import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def foward(self, x):  # a typo: calling the model looks for forward
        return self.fc(x)


x = torch.ones(1, 4)
try:
    Net()(x)
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")
    #> NotImplementedError: Module [Net] is missing the required "forward" function

layers = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 2)])  # a container: it has no forward either
try:
    layers(x)
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")
    #> NotImplementedError: Module [ModuleList] is missing the required "forward" function
for layer in layers:  # the fix for a ModuleList: loop over it (or use nn.Sequential)
    x = layer(x)
print(x.shape)
#> torch.Size([1, 2])
