import torch

x = torch.tensor(2.0, requires_grad=True)
unused = torch.tensor(1.0, requires_grad=True)  # e.g. the weights of a branch that did not run
y = x**2
try:
    torch.autograd.grad(y, (x, unused), retain_graph=True)  # retain_graph: y is used again below
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: The differentiated Tensor at index 1 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.
print(torch.autograd.grad(y, (x, unused), allow_unused=True, retain_graph=True))
#> (tensor(4.), None)
print(torch.autograd.grad(y, (x, unused), materialize_grads=True))  # zeros instead of None
#> (tensor(4.), tensor(0.))
y = x**2
y.backward()  # backward() does not complain: it leaves unused.grad as None
print(unused.grad)
#> None
