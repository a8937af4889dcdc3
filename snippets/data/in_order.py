import time

from torch.utils.data import DataLoader, Dataset


class OneSlowSample(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        if index == 0:
            time.sleep(0.3)  # a large file, a slow decode
        return index


def order(**kwargs):
    return [batch.item() for batch in DataLoader(OneSlowSample(), batch_size=1, **kwargs)]


if __name__ == "__main__":
    print(order(num_workers=2))  # in_order=True (the default): the sampler's order, batch 1 waits for 0
    #> [0, 1, 2, 3, 4, 5, 6, 7]
    arrived = order(num_workers=2, in_order=False)  # each batch when it is ready; the idle worker takes more
    print(arrived)  # 1 and 3 first; the rest, and where 0 lands, depend on timing
    #> [1, 3, ...]
    print(sorted(arrived) == list(range(8)))  # every batch still comes, once
    #> True
    print(order(num_workers=0, in_order=False))  # no workers: nothing to reorder
    #> [0, 1, 2, 3, 4, 5, 6, 7]
