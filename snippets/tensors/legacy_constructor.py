import numpy as np
import torch

a = np.array([1, 2, 3])  # NumPy integers: int64
x = torch.from_numpy(a).float()  # from_numpy shares a's memory; .float() makes a float32 copy
y = torch.as_tensor(a, dtype=torch.float32)  # copies only when the dtype or device differ
z = torch.tensor(a, dtype=torch.float32)  # always copies
print(x, torch.equal(x, y) and torch.equal(x, z))
#> tensor([1., 2., 3.]) True
f = a.astype(np.float32)  # already float32: the first two share f's memory, tensor() copies
shares = [np.shares_memory(t.numpy(), f) for t in
          (torch.from_numpy(f).float(), torch.as_tensor(f, dtype=torch.float32), torch.tensor(f))]
print(shares)
#> [True, True, False]
# The legacy torch.FloatTensor reads a list as data but a bare int as a size:
print(torch.FloatTensor([3]), torch.FloatTensor(3).shape)  # the 3 floats are uninitialised
#> tensor([3.]) torch.Size([3])
