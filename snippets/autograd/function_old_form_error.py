import torch
from torch.func import grad


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):  # the older form: ctx is forward's first argument
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor(-2.0, requires_grad=True)
Cube.apply(x).backward()  # fine with backward() and torch.autograd.grad
print(x.grad, torch.autograd.grad(Cube.apply(x), x))
#> tensor(12.) (tensor(12.),)
try:
    grad(Cube.apply)(torch.tensor(-2.0))  # not with torch.func
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: In order to use an autograd.Function with functorch transforms (vmap, grad, jvp, jacrev, ...), it must override the setup_context staticmethod. For more details, please see https://pytorch.org/docs/main/notes/extending.func.html
