import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(num_embeddings=5, embedding_dim=3, padding_idx=0)
print(emb.weight[0].detach())  # the padding row starts at zero...
#> tensor([0., 0., 0.])
tokens = torch.tensor([[2, 4, 0, 0], [1, 3, 3, 0]])  # 0: padding
emb(tokens).sum().backward()
print(emb.weight.grad[0])  # ...and gets no gradient, so training never changes it
#> tensor([0., 0., 0.])
print(emb.weight.grad[3])  # id 3 appears twice: its gradient accumulates
#> tensor([2., 2., 2.])

nn.init.normal_(emb.weight)  # an init of your own overwrites the padding row too...
assert emb.weight[0].abs().sum() > 0
with torch.no_grad():
    emb.weight[emb.padding_idx].zero_()  # ...so zero it again afterwards
