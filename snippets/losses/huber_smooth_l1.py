import torch
from torch import nn

y = torch.zeros(4)
y_hat = torch.tensor([0.3, 0.7, 2.5, 10.0])  # errors from small to an outlier
for name, loss in [("MSE", nn.MSELoss(reduction="none")), ("L1", nn.L1Loss(reduction="none")),
                   ("Huber", nn.HuberLoss(reduction="none", delta=1.0))]:
    print(f"{name:5}", [round(v, 4) for v in loss(y_hat, y).tolist()])  # Huber: x^2 / 2, then linear
    #> MSE   [0.09, 0.49, 6.25, 100.0]
    #> L1    [0.3, 0.7, 2.5, 10.0]
    #> Huber [0.045, 0.245, 2.0, 9.5]

# Huber(delta) = delta * SmoothL1(beta=delta), at any delta (equal only at delta = 1)
e = (y_hat - y).abs()
for delta in [0.5, 1.0, 1.5]:
    huber = nn.HuberLoss(delta=delta)(y_hat, y)
    smooth_l1 = nn.SmoothL1Loss(beta=delta)(y_hat, y)
    by_hand = torch.where(e < delta, 0.5 * e**2, delta * (e - 0.5 * delta)).mean()
    torch.testing.assert_close(huber, by_hand)
    torch.testing.assert_close(huber, delta * smooth_l1)
    print(f"delta={delta}: Huber {huber:.4f}  SmoothL1 {smooth_l1:.4f}")
    #> delta=0.5: Huber 1.5675  SmoothL1 3.1350
    #> delta=1.0: Huber 2.9475  SmoothL1 2.9475
    #> delta=1.5: Huber 4.1975  SmoothL1 2.7983
