import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

# (sequence, label) pairs; the sequences differ in length
data = [(torch.tensor([1, 2, 3]), 0), (torch.tensor([4, 5]), 1), (torch.tensor([6]), 0)]
try:  # the default collate_fn stacks each field: sequences of unequal length cannot stack
    next(iter(DataLoader(data, batch_size=3)))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [2] at entry 1


def pad_collate(batch):  # the fix: pad the sequences to the longest, keep the lengths
    sequences, labels = zip(*batch)
    lengths = torch.tensor([len(s) for s in sequences])
    return pad_sequence(sequences, batch_first=True), lengths, torch.tensor(labels)


padded, lengths, labels = next(iter(DataLoader(data, batch_size=3, collate_fn=pad_collate)))
print(padded.tolist(), lengths.tolist(), labels.tolist())
#> [[1, 2, 3], [4, 5, 0], [6, 0, 0]] [3, 2, 1] [0, 1, 0]
