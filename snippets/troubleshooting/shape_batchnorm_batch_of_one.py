import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4))
data = TensorDataset(torch.randn(9, 3))  # 9 samples in batches of 4: the last batch has 1
try:
    for (x,) in DataLoader(data, batch_size=4):
        model(x)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 4])
print([len(x) for (x,) in DataLoader(data, batch_size=4, drop_last=True)])
#> [4, 4]
model.eval()  # eval mode uses the running statistics: a batch of one is fine
print(model(torch.randn(1, 3)).shape)
#> torch.Size([1, 4])
