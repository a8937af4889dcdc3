import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(8.0))
if __name__ == "__main__":  # needed wherever workers are not forked (see the text)
    # each worker process loads whole batches; the order of the batches is kept
    loader = DataLoader(ds, batch_size=2, num_workers=2)
    print([xb.tolist() for (xb,) in loader])
    #> [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0]]
