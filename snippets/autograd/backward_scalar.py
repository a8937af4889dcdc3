import math

import torch

for value in (2.0, 3.0):
    x = torch.tensor(value, requires_grad=True)
    y = x**2
    y.backward()
    print(x.grad)  # dy/dx = 2x: 4 at x = 2, 6 at x = 3
    #> tensor(4.)
    #> tensor(6.)

x = torch.tensor(3.0, requires_grad=True)
z = torch.sin(x**2)
z.backward()
print(x.grad)  # dz/dx = 2x cos(x^2) = 6 cos(9)
#> tensor(-5.4668)
print(round(6 * math.cos(9), 4))
#> -5.4668
