import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
X, y = torch.randn(100, 4), torch.randint(0, 3, (100,))
dataset = TensorDataset(X, y)
train, test = random_split(dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
loader = DataLoader(train, batch_size=32, shuffle=True, drop_last=False)
xb, yb = next(iter(loader))
print(len(train), len(test), len(loader), xb.shape, yb.shape)  # 80 samples: 3 batches
#> 80 20 3 torch.Size([32, 4]) torch.Size([32])
