import torch

v = torch.tensor([3.0, 4.0])
print(torch.linalg.vector_norm(v), torch.linalg.vector_norm(v, ord=1))  # L2, L1
#> tensor(5.) tensor(7.)
print(torch.linalg.vector_norm(v, ord=float("inf")))  # the largest absolute value
#> tensor(4.)
M = torch.tensor([[3.0, 0.0], [0.0, 4.0]])
print(torch.linalg.matrix_norm(M))  # Frobenius: sqrt of the sum of squares
#> tensor(5.)
print(torch.linalg.matrix_norm(M, ord=2).round(decimals=4))  # spectral: the largest singular value
#> tensor(4.)
X = torch.tensor([[3.0, 4.0], [6.0, 8.0]])
print(torch.linalg.vector_norm(X, dim=1))  # one norm per row, e.g. per sample
#> tensor([ 5., 10.])
