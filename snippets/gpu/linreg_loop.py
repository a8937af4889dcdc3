# uses: bench.py
# stderr: No CUDA runtime is found
import torch
from bench import measure, show, sizes

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
n = sizes([10_000], [1_000_000])[0]
lr = 1 / n  # stable needs lr < 2/n, as |x|^2 is about n; 0.001 diverges at n = 10^6
w = torch.randn(n, requires_grad=True, device=device)  # every tensor on the device
b = torch.ones(1, requires_grad=True, device=device)


def epoch():
    x = torch.randn(n, device=device)
    y = torch.dot(3 * torch.ones(n, device=device), x) - 2  # true weights 3, bias -2
    loss = torch.sum((torch.dot(w, x) + b - y) ** 2 / 2)
    loss.backward()
    with torch.no_grad():
        w.sub_(lr * w.grad)  # in place: w stays the leaf that autograd fills
        b.sub_(lr * b.grad)
        w.grad.zero_()
        b.grad.zero_()


r = measure("regression epoch", n, epoch, device=device)
print(show(r))
#> regression epoch 10000: ... us (IQR ..., ... blocks of calls)
print(f"200 steps: {200 * r['median_s']:.2g} s")
#> 200 steps: ... s
assert torch.isfinite(w).all()
