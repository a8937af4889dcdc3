import torch
import torch.nn.functional as F
from torch.testing import assert_close

torch.manual_seed(0)
vocab, block, n_embd, n_hidden, N, eps = 10, 3, 4, 16, 8, 1e-5
f64 = {"dtype": torch.float64, "requires_grad": True}  # double precision, per tensor
C = torch.randn(vocab, n_embd, **f64)
W1 = torch.randn(block * n_embd, n_hidden, **f64)
b1 = torch.randn(n_hidden, **f64)
bngain = torch.rand(1, n_hidden, **f64)
bnbias = torch.randn(1, n_hidden, **f64)
W2 = torch.randn(n_hidden, vocab, **f64)
b2 = torch.randn(vocab, **f64)
Xb, Yb = torch.randint(0, vocab, (N, block)), torch.randint(0, vocab, (N,))
print(torch.bincount(Xb.flatten(), minlength=vocab))  # uses of each row of C
#> tensor([4, 2, 2, 2, 1, 5, 1, 3, 3, 1])

# Forward, keeping every intermediate
emb = C[Xb]  # (N, block, n_embd)
embcat = emb.view(N, -1)
hprebn = embcat @ W1 + b1
bnvar_inv = (hprebn.var(0, keepdim=True, correction=1) + eps) ** -0.5
bnraw = (hprebn - hprebn.mean(0, keepdim=True)) * bnvar_inv
hpreact = bngain * bnraw + bnbias
h = torch.tanh(hpreact)
logits = h @ W2 + b2
loss = F.cross_entropy(logits, Yb)
for t in (emb, embcat, hprebn, bnraw, hpreact, h, logits):
    t.retain_grad()
loss.backward()

# Backward by hand, with no autograd
with torch.no_grad():
    dlogits = (F.softmax(logits, 1) - F.one_hot(Yb, vocab)) / N
    dh, dW2, db2 = dlogits @ W2.T, h.T @ dlogits, dlogits.sum(0)
    dhpreact = (1 - h**2) * dh
    dbngain = (bnraw * dhpreact).sum(0, keepdim=True)
    dbnbias = dhpreact.sum(0, keepdim=True)
    dbnraw = bngain * dhpreact
    dhprebn = bnvar_inv / N * (N * dbnraw - dbnraw.sum(0)
                               - N / (N - 1) * bnraw * (dbnraw * bnraw).sum(0))
    dembcat, dW1, db1 = dhprebn @ W1.T, embcat.T @ dhprebn, dhprebn.sum(0)
    demb = dembcat.view(emb.shape)
    dC = torch.zeros_like(C).index_add_(0, Xb.flatten(), demb.view(-1, n_embd))

names = "logits h W2 b2 hpreact bngain bnbias bnraw hprebn embcat W1 b1 emb C"
names = names.split()
hand = [dlogits, dh, dW2, db2, dhpreact, dbngain, dbnbias, dbnraw, dhprebn,
        dembcat, dW1, db1, demb, dC]
auto = [logits, h, W2, b2, hpreact, bngain, bnbias, bnraw, hprebn, embcat,
        W1, b1, emb, C]
for name, dt, t in zip(names, hand, auto):
    assert_close(dt, t.grad, rtol=1e-10, atol=1e-12, msg=name)
print(f"{len(names)} gradients match autograd: {', '.join(names)}")
#> 14 gradients match autograd: logits, h, W2, b2, hpreact, bngain, bnbias, bnraw, hprebn, embcat, W1, b1, emb, C
