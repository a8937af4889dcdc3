# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.requires_grad_(False)  # freeze a leaf (a pretrained weight, say)
print(w.requires_grad)
#> False
w.requires_grad_(True)  # and unfreeze it: nothing is permanent
(w**2).sum().backward()
print(w.grad)
#> tensor([2., 4.])
c = torch.ones(2) * 2  # computed from untracked tensors: no graph, so a leaf
print(c.is_leaf, c.requires_grad_(True).requires_grad)  # and it can be switched on
#> True True
y = w * 2  # computed from a tracked tensor: not a leaf, and it cannot be switched off
y.requires_grad_(False)
#> RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().
