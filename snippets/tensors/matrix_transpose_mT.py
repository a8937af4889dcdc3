import warnings

import torch

x = torch.zeros(8, 2, 3)  # a batch of 8 matrices, each 2 x 3
print(x.mT.shape)  # transposes the last two dims: each matrix
#> torch.Size([8, 3, 2])
print(x.transpose(-2, -1).shape)  # the same
#> torch.Size([8, 3, 2])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(x.T.shape)  # reverses ALL dims, and is deprecated beyond 2-D
    #> torch.Size([3, 2, 8])
for w in caught:  # empty if this process has warned before: x.T warns once
    print(w.category.__name__, str(w.message).split(" (Triggered")[0])
    #> UserWarning The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor.
