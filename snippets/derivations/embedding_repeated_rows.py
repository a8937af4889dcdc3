import torch
from torch.testing import assert_close

torch.manual_seed(0)
C = torch.randn(5, 2, requires_grad=True)  # 5 embeddings of size 2
idx = torch.tensor([3, 1, 3, 3])  # row 3 is looked up three times
demb = torch.ones(4, 2)  # upstream gradient of each looked-up row
C[idx].backward(demb)

dC = torch.zeros(5, 2)
dC.index_add_(0, idx, demb)  # every occurrence adds its gradient
assert_close(dC, C.grad, rtol=0, atol=0)  # sums of ones: exact
print(dC[:, 0])
#> tensor([0., 1., 0., 3., 0.])

wrong = torch.zeros(5, 2)
wrong[idx] += demb  # indexed += writes row 3 three times, adding only once
print(wrong[:, 0])
#> tensor([0., 1., 0., 1., 0.])
