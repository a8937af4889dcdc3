import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])  # 2 samples, 3 classes
labels = torch.tensor([1, 0])
# out[i][j] = scores[i][index[i][j]] along dim=1: index has the shape of the output
picked = scores.gather(1, labels.unsqueeze(1))
print(picked)
#> tensor([[0.7000],
#>         [0.5000]])
print(scores[torch.arange(2), labels])  # the same, by advanced indexing
#> tensor([0.7000, 0.5000])
print(scores.gather(1, torch.tensor([[2, 1], [0, 0]])))  # two picks per row, repeats allowed
#> tensor([[0.2000, 0.7000],
#>         [0.5000, 0.5000]])
