import pickle
import warnings

import torch
from torch.utils.data import DataLoader


def stack(batch):  # defined at the top level of a module: pickle finds it by name
    return torch.stack(batch)


def make_loader():
    def local_stack(batch):  # defined inside a function: pickle cannot name it
        return torch.stack(batch)

    # spawn (the default on Windows and macOS) pickles the collate_fn to send it to each worker
    return DataLoader([torch.ones(2)] * 4, batch_size=2, num_workers=1, collate_fn=local_stack, multiprocessing_context="spawn")


if __name__ == "__main__":  # spawn imports this file again in each worker
    with warnings.catch_warnings(record=True) as caught:
        warnings.filterwarnings("always", "Got pickle error")  # the DataLoader warns first...
        try:
            next(iter(make_loader()))
        except (AttributeError, pickle.PicklingError) as e:  # ...then re-raises pickle's error
            print(f"{type(e).__name__}: {e}")
            #> AttributeError: Can't pickle local object 'make_loader.<locals>.local_stack'
    print(str(caught[0].message).split(". ")[0])
    #> Got pickle error when attempting to start a worker Process

    loader = DataLoader([torch.ones(2)] * 4, batch_size=2, num_workers=1, collate_fn=stack, multiprocessing_context="spawn")
    # Held to the end: a spawn loader dropped just before exit frees its queues' locks in a
    # helper thread that can race Python's exit and warn "leaked semaphore" (seen on 3.11).
    batches = iter(loader)
    print(next(batches).shape)  # the fix: a top-level function
    #> torch.Size([2, 2])
