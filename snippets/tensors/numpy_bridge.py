import numpy as np
import torch

x = torch.ones(3, 2)
x_np = x.numpy()  # shares memory with x (CPU tensors only)
print(type(x_np))
#> <class 'numpy.ndarray'>
x.add_(1)
print(x_np[0])
#> [2. 2.]
a = np.random.default_rng(0).random(5)  # NumPy's current random API; float64
a_pt = torch.from_numpy(a)  # shares memory, keeps NumPy's float64
copied = torch.tensor(a)  # always copies
a[0] = 5.0
print(a_pt[0].item(), copied[0].item() == 5.0, a_pt.dtype)
#> 5.0 False torch.float64
