import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Stream(IterableDataset):  # e.g. lines of a file: no len, no indexing, just a loop
    def __init__(self, n, shard):
        self.n, self.shard = n, shard

    def __iter__(self):
        info = get_worker_info()  # None in the main process
        if self.shard and info is not None:  # worker k of K takes items k, k+K, k+2K...
            return iter(range(info.id, self.n, info.num_workers))
        return iter(range(self.n))  # every worker runs this whole loop


if __name__ == "__main__":
    for shard in (False, True):
        loader = DataLoader(Stream(6, shard), batch_size=2, num_workers=2)
        print(f"shard={shard}: {sorted(torch.cat(list(loader)).tolist())}")
        #> shard=False: [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
        #> shard=True: [0, 1, 2, 3, 4, 5]
