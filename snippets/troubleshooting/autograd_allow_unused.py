import torch

x = torch.tensor(2.0, requires_grad=True)
z = torch.tensor(5.0, requires_grad=True)
try:
    torch.autograd.grad(x**2, [x, z])  # z plays no part in x**2
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: The differentiated Tensor at index 1 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.
print(torch.autograd.grad(x**2, [x, z], allow_unused=True))  # None for an unused input
#> (tensor(4.), None)
print(torch.autograd.grad(x**2, [x, z], materialize_grads=True))  # zeros; implies allow_unused
#> (tensor(4.), tensor(0.))
