import torch

logits = torch.tensor([[2.0, 0.1, -1.0],
                       [0.3, 0.2, 0.9],
                       [0.0, 3.0, 1.0],
                       [1.5, 1.2, 0.1]])
y = torch.tensor([0, 1, 1, 0])
pred = logits.argmax(1)  # the class with the largest logit, per row (dim 1)
print(pred)
#> tensor([0, 2, 1, 0])
correct = (pred == y).sum().item()  # pred.sum() alone would add up class indices
print(correct, correct / len(y))
#> 3 0.75
