import torch
from torch import nn

torch.manual_seed(0)
embedding = nn.Embedding(10, 4)
tokens = torch.tensor([[3.0, 7.0], [1.0, 2.0]])  # ids stored as floats (e.g. from a float array)
try:
    embedding(tokens)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)

print(embedding(tokens.long()).shape)  # the fix: integer ids (int64, or int32)
#> torch.Size([2, 2, 4])
