import torch
import torch.nn.functional as F
from torch.testing import assert_close

torch.manual_seed(0)
N, C = 4, 5
logits = torch.randn(N, C, dtype=torch.float64, requires_grad=True)
target = torch.tensor([1, 0, 4, 1])

F.cross_entropy(logits, target).backward()  # the mean over the batch

p = torch.softmax(logits.detach(), dim=1)
onehot = F.one_hot(target, C).double()
assert_close(logits.grad, (p - onehot) / N, rtol=1e-12, atol=1e-15)
assert_close(logits.grad.sum(1), torch.zeros(N, dtype=torch.float64), rtol=0, atol=1e-15)  # rows sum to 0
print(p[0].round(decimals=4))  # sample 0, whose class is 1
#> tensor([0.0205, 0.1425, 0.0717, 0.5624, 0.2029], dtype=torch.float64)
print((N * logits.grad[0]).round(decimals=4))  # p - onehot
#> tensor([ 0.0205, -0.8575,  0.0717,  0.5624,  0.2029], dtype=torch.float64)
