import os

import torch
from torch.utils.data import DataLoader, Dataset


class WhoLoads(Dataset):  # each sample is the id of the process that loaded it
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return os.getpid()


if __name__ == "__main__":
    for persistent in (False, True):
        loader = DataLoader(WhoLoads(), batch_size=2, num_workers=2, persistent_workers=persistent)
        epoch1, epoch2 = ({int(pid) for pid in torch.cat(list(loader))} for _ in range(2))
        print(f"persistent_workers={persistent}: the same 2 workers in epoch 2? {epoch1 == epoch2}")
        #> persistent_workers=False: the same 2 workers in epoch 2? False
        #> persistent_workers=True: the same 2 workers in epoch 2? True
