# raises: TypeError
from torch import nn

layers = [nn.Linear(4, 4), nn.ReLU()]
print(nn.Sequential(*layers))  # unpack the list into arguments
#> Sequential(
#>   (0): Linear(in_features=4, out_features=4, bias=True)
#>   (1): ReLU()
#> )
nn.Sequential(layers)  # a list is not a Module, as the notes' nn.Sequential([...]) finds out
#> TypeError: list is not a Module subclass
