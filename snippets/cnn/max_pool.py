import torch
from torch import nn

x = torch.tensor([[1.0, 2, 0, 1],
                  [3, 4, 1, 0],
                  [0, 1, 5, 6],
                  [2, 0, 7, 8]]).reshape(1, 1, 4, 4)
pool = nn.MaxPool2d(kernel_size=2)  # stride defaults to kernel_size: windows do not overlap
print(pool(x))
#> tensor([[[[4., 1.],
#>           [2., 8.]]]])
print(sum(p.numel() for p in pool.parameters()))  # nothing to learn
#> 0
