import torch

logits = torch.tensor([[2.0, 0.1, -1.0],
                       [0.3, 0.2, 0.9],
                       [0.0, 3.0, 1.0],
                       [1.5, 1.2, 0.1]])
y = torch.tensor([0, 1, 1, 1])
pred = logits.argmax(1)  # the class with the largest logit, per row (dim 1)
print(pred)
#> tensor([0, 2, 1, 0])
correct = (pred == y).sum().item()  # compare with the labels, then count the matches
print(correct, correct / len(y))
#> 2 0.5
print(pred.sum().item())  # a common mistake: this adds up the predicted class indices
#> 3
