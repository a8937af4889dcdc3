import torch
from torch.utils.data import Dataset


class SmDataset(Dataset):
    def __init__(self, num_data):
        g = torch.Generator().manual_seed(0)  # a local generator: torch.manual_seed here would
        self.x_data = torch.randn(num_data, 2, generator=g)  # reset the whole program's RNG
        self.y_data = (self.x_data.sum(1) > 0).float()

    def __getitem__(self, index):  # one sample, not a batch: batching is the DataLoader's job
        return self.x_data[index], self.y_data[index]

    def __len__(self):
        return self.x_data.shape[0]


ds = SmDataset(100)
x, y = ds[0]
print(len(ds), x.shape, y.shape)
#> 100 torch.Size([2]) torch.Size([])
print(ds[0])
#> (tensor([-1.1258, -1.1524]), tensor(0.))
