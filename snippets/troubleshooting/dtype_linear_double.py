import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
features = np.random.default_rng(0).random((4, 3))  # NumPy's default dtype is float64
x = torch.from_numpy(features)  # keeps float64 (Double); a layer's weights are float32 (Float)
fc = nn.Linear(3, 2)
try:
    fc(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
print(fc(x.float()).dtype)  # convert the data, not the model
#> torch.float32
