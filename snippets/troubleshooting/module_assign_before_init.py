import torch
from torch import nn


class Broken(nn.Module):
    def __init__(self, kind):
        if kind == "module":
            self.fc = nn.Linear(4, 2)
        elif kind == "parameter":
            self.scale = nn.Parameter(torch.ones(2))
        else:
            self.register_buffer("count", torch.zeros(()))
        super().__init__()  # too late: it creates the dicts that registering needs


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()  # first, always
        self.fc = nn.Linear(4, 2)


for kind in ("module", "parameter", "buffer"):
    try:
        Broken(kind)
    except AttributeError as e:
        print(f"{type(e).__name__}: {e}")
        #> AttributeError: cannot assign module before Module.__init__() call
        #> AttributeError: cannot assign parameters before Module.__init__() call
        #> AttributeError: cannot assign buffer before Module.__init__() call
print(list(Fixed().state_dict()))
#> ['fc.weight', 'fc.bias']
