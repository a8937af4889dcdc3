import torch
import torch.nn.functional as F


def focal_loss(logits, target, gamma=2.0):  # Lin et al. 2017, without the alpha weights
    log_p = F.log_softmax(logits, dim=1).gather(1, target.unsqueeze(1)).squeeze(1)
    return (-(1 - log_p.exp()) ** gamma * log_p).mean()  # (1 - p)^gamma down-weights easy ones


logits = torch.tensor([[4.0, 0.0, 0.0], [0.5, 0.3, 0.0]])  # an easy and a hard example
target = torch.tensor([0, 0])
# gamma = 0 is cross-entropy
torch.testing.assert_close(focal_loss(logits, target, gamma=0.0), F.cross_entropy(logits, target))
for gamma in [0.0, 2.0]:
    per_example = [focal_loss(logits[i:i + 1], target[i:i + 1], gamma).item() for i in range(2)]
    print(f"gamma={gamma}: easy {per_example[0]:.2e}, hard {per_example[1]:.2e}")
    #> gamma=0.0: easy 3.60e-02, hard 8.86e-01
    #> gamma=2.0: easy 4.49e-05, hard 3.06e-01
