import torch
from torch.autograd.function import once_differentiable


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    @once_differentiable  # backward runs under no_grad: it may use code autograd cannot record
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor(2.0, requires_grad=True)
(g,) = torch.autograd.grad(Cube.apply(x) + x**2, x, create_graph=True)  # f' = 3x^2 + 2x
(h,) = torch.autograd.grad(g, x)  # f'' = 6x + 2 = 14, but Cube's part is silently missing
print(g.item(), h.item())
#> 16.0 2.0
x64 = x.detach().double().requires_grad_()  # gradgradcheck catches it (float64, as gradcheck)
print(torch.autograd.gradgradcheck(lambda t: Cube.apply(t) + t**2, x64, raise_exception=False))
#> False
(g,) = torch.autograd.grad(Cube.apply(x) ** 2, x, create_graph=True)  # here grad_output tracks
try:
    g.backward()  # only then is a second derivative through Cube refused
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: trying to differentiate twice a function that was marked with @once_differentiable
