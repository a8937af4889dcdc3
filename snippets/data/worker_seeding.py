import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Noisy(Dataset):  # a random augmentation from the data set's OWN generator
    def __init__(self):
        self.rng = np.random.default_rng(0)  # copied as it is into every worker

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return round(float(self.rng.random()), 4)


def seed_worker(worker_id):  # runs in each worker, before it loads anything
    seed = torch.initial_seed()  # differs per worker: base seed (from `generator`) + id
    get_worker_info().dataset.rng = np.random.default_rng(seed)  # (also seed any other RNG)


def epoch(**kwargs):  # workers take samples in turn: 0 and 2 in one, 1 and 3 in the other
    loader = DataLoader(Noisy(), num_workers=2, generator=torch.Generator().manual_seed(0),
                        **kwargs)
    return [batch.item() for batch in loader]


if __name__ == "__main__":
    print(epoch())  # the two workers draw the SAME "random" numbers
    #> [0.637, 0.637, 0.2698, 0.2698]
    print(epoch(worker_init_fn=seed_worker))  # fixed: distinct per worker
    #> [0.777, 0.6529, 0.6413, 0.2669]
    assert epoch(worker_init_fn=seed_worker) == epoch(worker_init_fn=seed_worker)  # repeatable
