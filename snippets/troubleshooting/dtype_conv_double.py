import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
images = torch.from_numpy(np.zeros((2, 1, 8, 8)))  # float64, as NumPy makes by default
conv = nn.Conv2d(1, 4, kernel_size=3)  # float32 weight and bias
try:
    conv(images)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Input type (double) and bias type (float) should be the same
print(conv(images.float()).dtype)
#> torch.float32
