import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Linear(4, 3)
features = backbone(torch.randn(2, 4))  # a result of the graph, not a leaf
try:
    features.requires_grad_(False)  # meant: "use these features as fixed inputs"
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().
fixed = features.detach()  # a tensor out of the graph, sharing the memory
print(fixed.requires_grad, fixed.is_leaf)
#> False True
