import torch

H, W = 2, 3
ys, xs = torch.meshgrid(torch.arange(H), torch.arange(W), indexing="ij")  # row index, column index
print(ys.shape, ys, xs, sep="\n")  # both (H, W): "ij" is matrix indexing
#> torch.Size([2, 3])
#> tensor([[0, 0, 0],
#>         [1, 1, 1]])
#> tensor([[0, 1, 2],
#>         [0, 1, 2]])
a, b = torch.meshgrid(torch.arange(H), torch.arange(W), indexing="xy")  # NumPy's default
print(a.shape)  # "xy" swaps the first two dims of the output
#> torch.Size([3, 2])
assert torch.equal(a, ys.T) and torch.equal(b, xs.T)
xs2, ys2 = torch.meshgrid(torch.arange(W), torch.arange(H), indexing="xy")  # x (width) first
assert torch.equal(xs2, xs) and torch.equal(ys2, ys)
