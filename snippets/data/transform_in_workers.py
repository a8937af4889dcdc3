import pickle

import torch
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


def clamp01(x):
    return x.clamp(0, 1)


class Ramp(Dataset):  # four samples, -1 to 2, each through the transform
    def __init__(self, transform):
        self.transform = transform

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self.transform(torch.tensor([i - 1.0]))


if __name__ == "__main__":
    # spawn (Windows, macOS) and forkserver (Linux from Python 3.14) send each worker the data set pickled
    loader = DataLoader(Ramp(v2.Lambda(clamp01)), batch_size=4, num_workers=1, multiprocessing_context="spawn")
    # Held to the end: a spawn loader dropped just before exit frees its queues' locks in a
    # helper thread that can race Python's exit and warn "leaked semaphore" (seen on 3.11).
    batches = iter(loader)
    print(next(batches).flatten().tolist())
    #> [0.0, 0.0, 1.0, 1.0]
    try:  # what starting a worker does to the data set; with an inline lambda it fails
        pickle.dumps(Ramp(v2.Lambda(lambda x: x.clamp(0, 1))))
    except pickle.PicklingError as e:
        print(f"{type(e).__name__}: {e}")
        #> PicklingError: Can't pickle <function <lambda> at ...>: attribute lookup <lambda> on __main__ failed
