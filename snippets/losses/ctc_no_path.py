import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 3)  # 3 classes: the blank (0), 1 and 2
features = torch.randn(2, 1, 8)  # (T, N, features): an input of 2 steps
target, lengths = torch.tensor([[1, 1]]), (torch.tensor([2]), torch.tensor([2]))
for zero_infinity in (False, True):  # [1, 1] needs 3 steps (1, blank, 1): no path in 2
    model.zero_grad()
    loss = nn.CTCLoss(zero_infinity=zero_infinity)(model(features).log_softmax(2), target, *lengths)
    loss.backward()
    grad = model.weight.grad  # all nan (it reaches every weight), or all 0
    print(loss.item(), grad.isnan().all().item(), (grad == 0).all().item())
    #> inf True False
    #> 0.0 False True
