import warnings

import torch

w = torch.ones(3, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = torch.tensor(w)  # copies, but torch.tensor is for data (lists, arrays)
print(caught[0].category.__name__, caught[0].message)
#> UserWarning To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).

copy = w.detach().clone()  # the recommended copy: new memory, out of the graph
print(copy.requires_grad, copy.data_ptr() != w.data_ptr())
#> False True
print(w.clone().grad_fn.name())  # clone alone stays in the graph: gradients flow back to w
#> CloneBackward0
