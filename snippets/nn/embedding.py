import torch
from torch import nn

torch.manual_seed(0)
# a trainable lookup table of 10 rows
embedding = nn.Embedding(num_embeddings=10, embedding_dim=4)
tokens = torch.tensor([[1, 2, 4], [4, 3, 9]])  # (batch, sequence) of ids
vectors = embedding(tokens)
print(vectors.shape)  # (batch, sequence, embedding_dim)
#> torch.Size([2, 3, 4])
# row lookup: the same id gives the same vector
torch.testing.assert_close(vectors[1, 0], embedding.weight[4])
# which is a one-hot vector times the weight matrix
one_hot = nn.functional.one_hot(tokens, 10).float()
torch.testing.assert_close(vectors, one_hot @ embedding.weight)
