import torch

x = torch.tensor(3.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
y = w * x**2

# Returns one gradient per input asked for, instead of adding them into .grad
dx, dw = torch.autograd.grad(y, (x, w))
print(dx, dw)  # dy/dx = 2wx = 12, dy/dw = x^2 = 9
#> tensor(12.) tensor(9.)
print(x.grad, w.grad)  # untouched
#> None None
