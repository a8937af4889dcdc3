import torch

n = 10
i = torch.arange(n, dtype=torch.float64)
A = 1 / (i[:, None] + i[None, :] + 1)  # the Hilbert matrix: badly conditioned
print(f"condition number {torch.linalg.cond(A):.1e}")
#> condition number 1.6e+13
b = A @ torch.ones(n, dtype=torch.float64)  # so the exact solution is all ones
via_solve = torch.linalg.solve(A, b)  # one LU factorisation, then two triangular solves
via_inverse = torch.linalg.inv(A) @ b  # more work, and more rounding error
residual_solve = torch.linalg.vector_norm(A @ via_solve - b)
residual_inverse = torch.linalg.vector_norm(A @ via_inverse - b)
# |Ax - b| via the inverse, measured: 2.9e11 times larger (MKL), 5.3e11 (MKL_CBWR=AVX2), 8.5e10 (NumPy)
assert residual_inverse > 1e8 * residual_solve
