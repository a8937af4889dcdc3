import torch

ones = torch.ones(4, 4)
print(ones.tril())  # the lower triangle, diagonal included
#> tensor([[1., 0., 0., 0.],
#>         [1., 1., 0., 0.],
#>         [1., 1., 1., 0.],
#>         [1., 1., 1., 1.]])
causal = torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)  # above the diagonal: the future
print(causal)
#> tensor([[False,  True,  True,  True],
#>         [False, False,  True,  True],
#>         [False, False, False,  True],
#>         [False, False, False, False]])
scores = torch.zeros(4, 4).masked_fill(causal, float("-inf"))
print(scores.softmax(dim=-1)[1])  # token 1 attends to tokens 0 and 1 only
#> tensor([0.5000, 0.5000, 0.0000, 0.0000])
