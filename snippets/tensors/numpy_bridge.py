import numpy as np
import torch

t = torch.ones(3)
n = t.numpy()  # shares memory with t (CPU tensors only)
t.add_(1)
print(n)
#> [2. 2. 2.]
a = np.zeros(3)
shared = torch.from_numpy(a)  # shares memory, keeps NumPy's float64
copied = torch.tensor(a)  # always copies
a += 5
print(shared, copied)
#> tensor([5., 5., 5.], dtype=torch.float64) tensor([0., 0., 0.], dtype=torch.float64)
