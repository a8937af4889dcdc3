import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
y = torch.tensor([0, 2, 1, 2])
F.cross_entropy(logits, y).backward()
by_hand = (logits.softmax(dim=1) - F.one_hot(y, 3)) / len(y)  # (p - onehot) / N
torch.testing.assert_close(logits.grad, by_hand)
print(logits.grad[0] * len(y))  # p - onehot for sample 0, class 0: negative only there
#> tensor([-0.1554,  0.1349,  0.0205])
