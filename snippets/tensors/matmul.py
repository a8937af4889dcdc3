import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])  # (3, 2)
B = torch.tensor([[1.0, 0.0, 2.0], [0.0, 1.0, 3.0]])  # (2, 3)
print(A @ B)  # (3, 2) @ (2, 3) -> (3, 3)
#> tensor([[ 1.,  2.,  8.],
#>         [ 3.,  4., 18.],
#>         [ 5.,  6., 28.]])
print(torch.equal(A @ B, torch.matmul(A, B)), torch.equal(A @ B, torch.mm(A, B)))
#> True True
v = torch.tensor([1.0, 2.0])
print(A @ v)  # matrix times vector -> (3,)
#> tensor([ 5., 11., 17.])
print(torch.dot(v, v))  # dot product of two 1-D tensors
#> tensor(5.)
try:
    torch.tensor(2.0) @ torch.tensor(3.0)  # 0-dim: use *, not @
except RuntimeError as e:
    print("RuntimeError:", e)
    #> RuntimeError: both arguments to matmul need to be at least 1D, but they are 0D and 0D
