import torch

torch.manual_seed(0)
A, B = torch.randn(8, 3, 4), torch.randn(8, 4, 5)
M, u, v = torch.randn(4, 4), torch.randn(3), torch.randn(5)
# letters name the dimensions; a letter missing from the output is summed over
torch.testing.assert_close(torch.einsum("bij,bjk->bik", A, B), A @ B)  # batched matmul
torch.testing.assert_close(torch.einsum("ii->", M), M.trace())  # trace
torch.testing.assert_close(torch.einsum("i,j->ij", u, v), torch.outer(u, v))  # outer product
q, k = torch.randn(2, 4, 6, 8), torch.randn(2, 4, 6, 8)  # batch, heads, tokens, features
scores = torch.einsum("bhqd,bhkd->bhqk", q, k) / 8**0.5  # attention scores
torch.testing.assert_close(scores, q @ k.transpose(-2, -1) / 8**0.5)
print(scores.shape)
#> torch.Size([2, 4, 6, 6])
