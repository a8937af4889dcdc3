from collections import OrderedDict

from torch import nn

numbered = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
named = nn.Sequential(OrderedDict([
    ("hidden", nn.Linear(2, 4)),
    ("act", nn.ReLU()),
    ("out", nn.Linear(4, 1)),
]))
print(list(numbered.state_dict()))
#> ['0.weight', '0.bias', '2.weight', '2.bias']
print(list(named.state_dict()))
#> ['hidden.weight', 'hidden.bias', 'out.weight', 'out.bias']
print(named.hidden is named[0])  # by name or by index: the same module
#> True

try:
    nn.Sequential([nn.Linear(2, 4), nn.ReLU()])  # a list: unpack it with *
except TypeError as e:
    print(e)
    #> list is not a Module subclass
