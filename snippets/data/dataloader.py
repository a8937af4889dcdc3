import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10.0).unsqueeze(1), torch.arange(10))
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
for xb, yb in loader:
    print(xb.shape, yb.tolist())
    #> torch.Size([4, 1]) [3, 7, 5, 2]
    #> torch.Size([4, 1]) [0, 8, 1, 6]
    #> torch.Size([2, 1]) [9, 4]

# drop_last=True drops the short final batch (a last batch of 1 sample makes BatchNorm1d
# raise in training: it needs more than one value per channel)
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=4, drop_last=True)])
#> [[0, 1, 2, 3], [4, 5, 6, 7]]
