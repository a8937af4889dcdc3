import warnings

import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01  # the * makes w a result, not a leaf
(w**2).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(w.is_leaf, w.grad)
    #> False None
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at ...)
w = (torch.randn(3) * 0.01).requires_grad_()  # scale first, then track: a leaf
(w**2).sum().backward()
print(w.is_leaf, w.grad is not None)
#> True True
w = torch.randn(3, requires_grad=True).double()  # a cast (or a move) after: a result again
print(w.is_leaf)
#> False
w = torch.randn(3, dtype=torch.float64, requires_grad=True)  # final dtype and device first
print(w.is_leaf)
#> True
