import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch.distributions import Bernoulli

x = torch.tensor([0.0, 0.5, 1.0])  # a black, a grey and a white pixel
best = F.binary_cross_entropy(x, x, reduction="none").abs()  # prediction = target; abs: no -0.0
print(best)  # a grey target's BCE can't go below its entropy: ln 2 for 0.5
#> tensor([0.0000, 0.6931, 0.0000])
try:
    Bernoulli(probs=torch.tensor(0.5)).log_prob(torch.tensor(0.5))  # not a Bernoulli outcome
except ValueError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    #> ValueError: Expected value argument (Tensor of shape ()) to be within the support (Boolean()) of the distribution Bernoulli(probs: 0.5), but found invalid values:

X = torch.tensor(load_digits().images, dtype=torch.float32) / 16
floor = F.binary_cross_entropy(X, X, reduction="none").sum(dim=(1, 2)).mean()
print(f"lowest possible BCE, summed over 64 pixels: {floor:.1f} nats per image")
#> lowest possible BCE, summed over 64 pixels: 13.7 nats per image
