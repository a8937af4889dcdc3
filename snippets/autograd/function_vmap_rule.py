# raises: NotImplementedError
import warnings

import torch
from torch.func import grad, jacfwd, vmap


class Cube(torch.autograd.Function):
    generate_vmap_rule = True  # vmap batches forward and backward itself (or write a vmap staticmethod)

    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor([1.0, -2.0])
print(vmap(grad(Cube.apply))(x))  # the derivative 3x^2 at each element
#> tensor([ 3., 12.])
with warnings.catch_warnings():
    # torch 2.14 warns once, from its own internals, on the first forward-mode call
    warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated", FutureWarning)
    jacfwd(Cube.apply)(x)  # forward mode (jvp, jacfwd, hessian) needs a jvp staticmethod too
    #> NotImplementedError: You must implement the jvp function for custom autograd.Function to use it with forward mode AD.
