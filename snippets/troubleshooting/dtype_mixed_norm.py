import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
x = torch.from_numpy(np.random.default_rng(0).random((4, 3)))  # float64
for norm in (nn.BatchNorm1d(3), nn.LayerNorm(3)):  # float32 weight and bias
    try:
        norm(x)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: mixed dtype (CPU): all inputs must share same datatype.
        #> RuntimeError: mixed dtype (CPU): all inputs must share same datatype.
    print(norm(x.float()).dtype)
    #> torch.float32
    #> torch.float32
