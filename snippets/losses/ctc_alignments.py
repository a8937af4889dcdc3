import itertools

import torch
from torch import nn

torch.manual_seed(0)
T, C = 4, 3  # 4 time steps, classes 0 (the blank), 1 and 2
log_probs = torch.randn(T, 1, C).log_softmax(dim=2)
target = [1, 1]


def collapse(path):  # merge repeats, then drop blanks
    merged = [c for i, c in enumerate(path) if i == 0 or c != path[i - 1]]
    return [c for c in merged if c != 0]


paths = [p for p in itertools.product(range(C), repeat=T) if collapse(p) == target]
print(len(paths), paths)  # a repeated label needs a blank between its copies
#> 5 [(0, 1, 0, 1), (1, 0, 0, 1), (1, 0, 1, 0), (1, 0, 1, 1), (1, 1, 0, 1)]
path_scores = torch.stack([sum(log_probs[t, 0, c] for t, c in enumerate(p)) for p in paths])
ctc = nn.CTCLoss(reduction="sum")
args = torch.tensor([target]), torch.tensor([T]), torch.tensor([2])
torch.testing.assert_close(ctc(log_probs, *args), -torch.logsumexp(path_scores, dim=0))
