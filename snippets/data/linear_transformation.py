import torch
from torchvision.transforms import v2

torch.manual_seed(0)
# 200 made-up "images" of shape (1, 1, 2): two pixels, correlated, on different scales
a, b = torch.randn(2, 200)
X = torch.stack([3 * a, a + 0.5 * b], dim=1).view(200, 1, 1, 2) + 5
flat = X.flatten(1)  # (200, 2): C * H * W = 2 features
mean = flat.mean(0)
eigvals, eigvecs = torch.linalg.eigh(torch.cov(flat.T))
W = eigvecs @ torch.diag(eigvals.rsqrt()) @ eigvecs.T  # a (ZCA) whitening matrix, (2, 2)

out = v2.LinearTransformation(transformation_matrix=W, mean_vector=mean)(X)
print(out.shape)  # per image: (x.flatten() - mean) @ W, reshaped back
#> torch.Size([200, 1, 1, 2])
print(torch.cov(flat.T).round(decimals=2))  # before: unequal variances, correlated
#> tensor([[8.2100, 2.7800],
#>         [2.7800, 1.2000]])
# after: variance 1 per pixel, no correlation
torch.testing.assert_close(torch.cov(out.flatten(1).T), torch.eye(2), atol=1e-4, rtol=0)

M = torch.tensor([[1.0, 2.0], [0.0, 1.0]])  # not symmetric (W is), so the side shows:
y = v2.LinearTransformation(M, torch.zeros(2))(X[0]).flatten()
torch.testing.assert_close(y, X[0].flatten() @ M)  # a row vector times M,
assert not torch.allclose(y, M @ X[0].flatten())  # not M times a column
