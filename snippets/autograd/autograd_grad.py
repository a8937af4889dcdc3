import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3

# Returns the gradients instead of accumulating them into .grad
(dy,) = torch.autograd.grad(y, x, create_graph=True)  # differentiable result
(d2y,) = torch.autograd.grad(dy, x)
print(dy, d2y, x.grad)  # 3x^2 = 27, 6x = 18; x.grad is untouched
#> tensor(27., grad_fn=<MulBackward0>) tensor(18.) None
