import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
features = np.random.default_rng(0).random((4, 3))  # NumPy's default dtype is float64
x = torch.from_numpy(features)  # keeps float64 (Double); a layer's weights are float32 (Float)
counts = torch.tensor([[1, 2, 3]])  # integer data: int64 (Long)
fc = nn.Linear(3, 2)
for data in (x, counts):
    try:
        fc(data)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
        #> RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float
    print(fc(data.float()).dtype)  # convert the data, not the model
    #> torch.float32
    #> torch.float32
