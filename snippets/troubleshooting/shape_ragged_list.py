import torch
from torch.nn.utils.rnn import pad_sequence

sequences = [[1, 2, 3], [4, 5]]  # token ids of different lengths
try:
    torch.tensor(sequences)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: expected sequence of length 3 at dim 1 (got 2)
padded = pad_sequence([torch.tensor(s) for s in sequences], batch_first=True, padding_value=0)
print(padded)
#> tensor([[1, 2, 3],
#>         [4, 5, 0]])
