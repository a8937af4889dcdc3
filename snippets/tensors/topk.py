import torch

logits = torch.tensor([[0.1, 2.0, 0.3, 1.5], [1.0, 0.2, 3.0, 0.4]])
values, indices = logits.topk(2, dim=1)  # the 2 largest per row, largest first
print(values)
#> tensor([[2.0000, 1.5000],
#>         [3.0000, 1.0000]])
print(indices)
#> tensor([[1, 3],
#>         [2, 0]])
labels = torch.tensor([3, 1])
top2_correct = (indices == labels.unsqueeze(1)).any(dim=1)  # top-2 accuracy
print(top2_correct, top2_correct.float().mean())
#> tensor([ True, False]) tensor(0.5000)
print(logits.topk(1, dim=1, largest=False).indices.squeeze(1))  # the smallest instead
#> tensor([0, 1])
