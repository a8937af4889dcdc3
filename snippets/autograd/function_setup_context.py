import torch
from torch.func import grad, vmap


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):  # no ctx: forward only computes
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):  # saves what backward needs
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor([1.0, -2.0])
print(grad(Cube.apply)(x[1]))  # torch.func transforms accept this form
#> tensor(12.)
try:
    vmap(Cube.apply)(x)  # but vmap needs one thing more
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: You tried to vmap over Cube, but it does not have vmap support. Please override and implement the vmap staticmethod or set generate_vmap_rule=True. For more details, please see https://pytorch.org/docs/main/notes/extending.func.html
