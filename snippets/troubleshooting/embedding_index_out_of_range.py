import torch
from torch import nn

torch.manual_seed(0)
tokens = torch.tensor([[3, 7, 10], [1, 2, 0]])  # ids 0 to 10: eleven distinct values
embedding = nn.Embedding(num_embeddings=10, embedding_dim=4)  # rows 0 to 9 only
try:
    embedding(tokens)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: index out of range in self
try:  # the lookup is an index_select on the weight: it fails the same way
    torch.index_select(embedding.weight, 0, tokens.flatten())
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: index out of range in self

print(tokens.min().item(), tokens.max().item())  # check the ids: none may be negative, or >= num_embeddings
#> 0 10
embedding = nn.Embedding(num_embeddings=int(tokens.max()) + 1, embedding_dim=4)  # the fix: largest id + 1
print(embedding(tokens).shape)
#> torch.Size([2, 3, 4])
