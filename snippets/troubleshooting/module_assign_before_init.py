from torch import nn


class Broken(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(4, 2)  # registering it needs a dict that super().__init__() creates
        super().__init__()


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()  # first, always
        self.fc = nn.Linear(4, 2)


try:
    Broken()
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
    #> AttributeError: cannot assign module before Module.__init__() call
print(list(Fixed().state_dict()))
#> ['fc.weight', 'fc.bias']
