import torch
from torch.utils.data import DataLoader


def batches(seed):
    # generator= seeds the shuffle, and the base seed of every worker (num_workers > 0)
    loader = DataLoader(range(8), batch_size=4, shuffle=True,
                        generator=torch.Generator().manual_seed(seed))
    return [batch.tolist() for batch in loader]


print(batches(0))
#> [[5, 3, 1, 7], [2, 6, 4, 0]]
print(batches(0) == batches(0), batches(0) == batches(1))
#> True False
