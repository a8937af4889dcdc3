import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])  # (N, C)
y = torch.tensor([0, 2])  # int64 (long): what class indices must be
for bad in (y.int(), y.float()):  # e.g. from a NumPy int32 array, or a float label column
    try:
        F.cross_entropy(logits, bad)  # nn.CrossEntropyLoss() alike
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: expected target dtype to be Long or Byte, but got Int
        #> RuntimeError: expected target dtype to be Long or Byte, but got Float
print(F.cross_entropy(logits, y.int().long()),  # .long() fixes both
      F.cross_entropy(logits, y.float().long()))
#> tensor(1.4185) tensor(1.4185)

# a float target SHAPED LIKE THE INPUT is read as class probabilities, one row per sample
one_hot = F.one_hot(y, num_classes=3).float()
torch.testing.assert_close(F.cross_entropy(logits, one_hot), F.cross_entropy(logits, y))
# not checked to sum to 1, nor to be non-negative: twice the loss, then a negative one
print(F.cross_entropy(logits, 2 * one_hot), F.cross_entropy(logits, -one_hot))
#> tensor(2.8371) tensor(-1.4185)
