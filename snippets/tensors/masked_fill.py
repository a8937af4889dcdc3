import torch

scores = torch.tensor([[0.5, 1.0, 2.0], [1.5, 0.5, 0.0]])
padding = torch.tensor([[False, False, True], [False, True, True]])  # True: ignore
masked = scores.masked_fill(padding, float("-inf"))  # a new tensor; masked_fill_ in place
print(masked)
#> tensor([[0.5000, 1.0000,   -inf],
#>         [1.5000,   -inf,   -inf]])
print(masked.softmax(dim=1))  # -inf gets weight 0
#> tensor([[0.3775, 0.6225, 0.0000],
#>         [1.0000, 0.0000, 0.0000]])
print(torch.full((3,), float("-inf")).softmax(dim=0))  # a row with nothing left: nan
#> tensor([nan, nan, nan])
