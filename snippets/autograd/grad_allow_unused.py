import torch

x = torch.tensor(2.0, requires_grad=True)
unused = torch.tensor(1.0, requires_grad=True)  # e.g. the weights of a branch that did not run
gate = torch.tensor(3.0, requires_grad=True)  # used, but only through a comparison: no path back
y = x**2 * (gate > 0)
try:
    torch.autograd.grad(y, (x, unused), retain_graph=True)  # retain_graph: y is used again below
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: The differentiated Tensor at index 1 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.
print(torch.autograd.grad(y, (x, unused, gate), allow_unused=True, retain_graph=True))
#> (tensor(4.), None, None)
print(torch.autograd.grad(y, (x, unused, gate), materialize_grads=True, retain_graph=True))  # zeros, not None
#> (tensor(4.), tensor(0.), tensor(0.))
unused.grad = torch.tensor(5.0)
y.backward()  # backward() does not complain: it leaves unused.grad as it was
print(unused.grad, gate.grad)  # gate.grad: None, never set
#> tensor(5.) None
