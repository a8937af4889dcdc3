import math

import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.zeros(1797, 64))  # as many samples as the digits data set
for batch_size in (32, 64, 100):
    counted = sum(1 for _ in DataLoader(ds, batch_size=batch_size))
    assert counted == math.ceil(len(ds) / batch_size) == len(DataLoader(ds, batch_size=batch_size))
    dropped = len(DataLoader(ds, batch_size=batch_size, drop_last=True))
    assert dropped == len(ds) // batch_size
    print(f"batch_size={batch_size}: {counted} iterations per epoch, {dropped} with drop_last")
    #> batch_size=32: 57 iterations per epoch, 56 with drop_last
    #> batch_size=64: 29 iterations per epoch, 28 with drop_last
    #> batch_size=100: 18 iterations per epoch, 17 with drop_last
