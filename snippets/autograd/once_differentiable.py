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
(g,) = torch.autograd.grad(Cube.apply(x), x, create_graph=True)
print(g, g.requires_grad)  # first order: fine, but no graph despite create_graph=True
#> tensor(12.) False
(g,) = torch.autograd.grad(Cube.apply(x) ** 2, x, create_graph=True)  # here grad_output tracks
try:
    g.backward()  # a second derivative through Cube
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: trying to differentiate twice a function that was marked with @once_differentiable
