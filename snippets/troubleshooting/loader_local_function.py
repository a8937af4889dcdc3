import warnings

import torch
from torch.utils.data import DataLoader


def stack(batch):  # defined at the top level of a module: pickle finds it by name
    return torch.stack(batch)


def main():
    def local_stack(batch):  # defined inside a function: pickle cannot name it
        return torch.stack(batch)

    data = [torch.ones(2)] * 4
    # spawn (the default on Windows and macOS) pickles the collate_fn to send it to each worker
    loader = DataLoader(data, batch_size=2, num_workers=1, collate_fn=local_stack, multiprocessing_context="spawn")
    with warnings.catch_warnings(record=True) as caught:
        warnings.filterwarnings("always", "Got pickle error")  # the DataLoader warns first...
        try:
            next(iter(loader))
        except AttributeError as e:  # ...then re-raises pickle's error
            print(f"{type(e).__name__}: {e}")
    print(str(caught[0].message).split(". ")[0])

    loader = DataLoader(data, batch_size=2, num_workers=1, collate_fn=stack, multiprocessing_context="spawn")
    print(next(iter(loader)).shape)  # the fix: a top-level function


if __name__ == "__main__":  # spawn imports this file again in each worker
    main()
    #> AttributeError: Can't pickle local object 'main.<locals>.local_stack'
    #> Got pickle error when attempting to start a worker Process
    #> torch.Size([2, 2])
