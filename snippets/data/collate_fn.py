import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sequences = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]


def pad_batch(batch):  # the default collate would fail: it stacks, and lengths differ
    lengths = torch.tensor([len(s) for s in batch])
    return pad_sequence(batch, batch_first=True, padding_value=0), lengths


for padded, lengths in DataLoader(sequences, batch_size=3, collate_fn=pad_batch):
    print(padded)
    #> tensor([[1, 2, 3],
    #>         [4, 0, 0],
    #>         [5, 6, 0]])
    print(lengths)
    #> tensor([3, 1, 2])
