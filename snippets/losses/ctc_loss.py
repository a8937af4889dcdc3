import torch
from torch import nn

torch.manual_seed(0)
T, N, C = 6, 2, 4  # time steps, batch, classes with the blank (class 0)
log_probs = torch.randn(T, N, C).log_softmax(dim=2)  # (T, N, C): time first, log-softmaxed
targets = torch.tensor([[1, 2, 2], [3, 1, 0]])  # (N, S) labels; the 0 is padding past target_length 2
input_lengths = torch.tensor([6, 5])  # each sequence's real length, at most T
target_lengths = torch.tensor([3, 2])  # each target's real length
ctc = nn.CTCLoss(blank=0)
loss = ctc(log_probs, targets, input_lengths, target_lengths)
per_seq = nn.CTCLoss(reduction="none")(log_probs, targets, input_lengths, target_lengths)
print(per_seq, loss)  # -log p(target | input), per sequence
#> tensor([6.1647, 3.8677]) tensor(1.9944)
# "mean" divides each sequence's loss by its target length, then averages
torch.testing.assert_close(loss, (per_seq / target_lengths).mean())
flat = torch.tensor([1, 2, 2, 3, 1])  # or the targets concatenated, without padding
torch.testing.assert_close(ctc(log_probs, flat, input_lengths, target_lengths), loss)
padded = torch.tensor([[1, 2, 2], [3, 1, -1]])  # the padding's value does not matter
torch.testing.assert_close(ctc(log_probs, padded, input_lengths, target_lengths), loss)
