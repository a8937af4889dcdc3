import torch
from torch import nn

grad = torch.tensor([3.0, 0.4])  # a large and a small component
by_value, by_norm = torch.zeros(2, requires_grad=True), torch.zeros(2, requires_grad=True)
by_value.grad, by_norm.grad = grad.clone(), grad.clone()

nn.utils.clip_grad_value_([by_value], clip_value=1.0)  # clamps each element to [-1, 1]
nn.utils.clip_grad_norm_([by_norm], max_norm=1.0)  # scales all of them by one factor
print(by_value.grad, by_norm.grad)
#> tensor([1.0000, 0.4000]) tensor([0.9912, 0.1322])
for g in (by_value.grad, by_norm.grad):  # the direction: clamping changed it, scaling did not
    print(f"ratio {(g[0] / g[1]).item():.2f}, norm {g.norm().item():.3f}")
    #> ratio 2.50, norm 1.077
    #> ratio 7.50, norm 1.000
