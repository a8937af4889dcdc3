import torch
from torch.func import jacrev
from torch.testing import assert_close

torch.manual_seed(0)
logits = torch.randn(5, dtype=torch.float64)
p = torch.softmax(logits, dim=0)

J = jacrev(lambda z: torch.softmax(z, dim=0))(logits)  # J[i, k] = dp_i / dl_k
assert_close(J, torch.diag(p) - torch.outer(p, p), rtol=1e-12, atol=1e-15)  # p_i ([i = k] - p_k)
assert_close(J.sum(0), torch.zeros(5, dtype=torch.float64), rtol=0, atol=1e-15)  # the p_i sum to 1
print(J.diagonal().round(decimals=4))  # its diagonal: p_i (1 - p_i)
#> tensor([0.2375, 0.0882, 0.0146, 0.1778, 0.0423], dtype=torch.float64)
onehot = torch.eye(5, dtype=torch.float64)[1]  # target class y = 1
p_bar = -onehot / p[1]  # dL/dp for L = -ln p_y
assert_close(p_bar @ J, p - onehot, rtol=1e-12, atol=1e-15)  # the vector-Jacobian product
