import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])  # raw scores, no softmax
target = torch.tensor([0, 2])  # class indices, int64
print(nn.CrossEntropyLoss()(logits, target))
#> tensor(0.1755)
score = torch.tensor([1.5, -0.3])  # one logit per sample, no sigmoid
label = torch.tensor([1.0, 0.0])  # float targets, same shape
print(nn.BCEWithLogitsLoss()(score, label))
#> tensor(0.3779)
print(nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.5])))
#> tensor(0.2500)
