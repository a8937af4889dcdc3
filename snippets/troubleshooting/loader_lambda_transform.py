import pickle
import warnings

import torch
from torch.utils.data import DataLoader, Dataset


class Squares(Dataset):
    def __init__(self, transform):
        self.transform = transform  # pickled with the data set, to reach each spawned worker

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self.transform(torch.tensor(float(i)))


def square(x):  # a named function at the top level pickles by its name
    return x**2


if __name__ == "__main__":
    loader = DataLoader(Squares(lambda x: x**2), batch_size=4, num_workers=1, multiprocessing_context="spawn")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Got pickle error")  # the warning before the error
        try:
            next(iter(loader))
        except pickle.PicklingError as e:
            print(f"{type(e).__name__}: {e}")
            #> PicklingError: Can't pickle <function <lambda> at ...>: attribute lookup <lambda> on __main__ failed

    # the fix: a named function; the data set now survives what starting a worker does to it
    dataset = pickle.loads(pickle.dumps(Squares(square)))
    print(torch.stack([dataset[i] for i in range(4)]))
    #> tensor([0., 1., 4., 9.])
