import numpy as np
import torch

values = np.array([0.5, 1.5, None])  # a None among numbers: dtype object
print(values.dtype)
#> object
try:
    torch.from_numpy(values)
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
    #> TypeError: can't convert np.ndarray of type numpy.object_. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
print(torch.from_numpy(values.astype(np.float32)))  # None becomes nan: handle it
#> tensor([0.5000, 1.5000,    nan])
