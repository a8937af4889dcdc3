import time
from multiprocessing import Value

from torch.utils.data import DataLoader, Dataset


class Counted(Dataset):  # counts the samples loaded, across all workers
    def __init__(self, counter):
        self.counter = counter

    def __len__(self):
        return 100

    def __getitem__(self, index):
        with self.counter.get_lock():
            self.counter.value += 1
        return index


if __name__ == "__main__":
    for prefetch in (2, 4):  # batches each worker loads ahead (default 2)
        counter = Value("i", 0)
        loader = DataLoader(Counted(counter), batch_size=1, num_workers=2,
                            prefetch_factor=prefetch)
        it = iter(loader)
        next(it)  # one batch consumed
        loaded = -1
        while loaded != counter.value:  # wait until the workers stop loading ahead
            loaded = counter.value
            time.sleep(0.2)
        print(f"prefetch_factor={prefetch}: {counter.value} batches loaded for 1 used")
        #> prefetch_factor=2: 5 batches loaded for 1 used
        #> prefetch_factor=4: 9 batches loaded for 1 used
        del it
    try:
        DataLoader(Counted(Value("i", 0)), num_workers=0, prefetch_factor=2)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        #> ValueError: prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None.
