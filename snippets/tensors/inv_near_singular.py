import torch

eye = torch.eye(4, dtype=torch.float64)
raised = silent = 0
for seed in range(200):
    torch.manual_seed(seed)
    B = torch.randn(4, 3, dtype=torch.float64)
    A = B @ B.T  # 4x4 of rank 3: singular, every time
    assert torch.linalg.matrix_rank(A) == 3
    assert torch.linalg.cond(A) > 1e12  # the check to make: cond(A) near 1/eps means singular
    A_inv, info = torch.linalg.inv_ex(A)  # inv's work, with an error code instead of raising
    if info > 0:  # a pivot rounded to exactly zero: torch.linalg.inv raises LinAlgError here
        raised += 1
    else:  # every pivot merely tiny: an "inverse" with huge entries, and no error at all
        assert A_inv.abs().max() > 1e12 and not torch.allclose(A @ A_inv, eye)
        silent += 1
# which of the two a matrix gets is down to rounding; this page's MKL: 14 raised, 186 silent
assert raised > 0 and silent > 0
