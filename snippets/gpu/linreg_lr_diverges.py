import torch

torch.manual_seed(0)
n = 1_000_000  # a million weights; the target has weights 3 and bias -2
for lr in (0.001, 1 / n):  # a usual-looking learning rate, then one below 2/N
    w = torch.randn(n, requires_grad=True)
    b = torch.ones(1, requires_grad=True)
    start = (w - 3).square().sum().item()  # squared distance to the true weights
    for step in range(10):  # ten steps, one fresh sample each
        x = torch.randn(n)
        y = torch.dot(3 * torch.ones(n), x) - 2
        loss = torch.sum((torch.dot(w, x) + b - y) ** 2 / 2)
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad  # in place: w stays the leaf that autograd fills
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    growth = (w - 3).square().sum().item() / start
    print(f"lr {lr:g}: distance to the true weights {'grew' if growth > 1 else 'shrank'}")
    #> lr 0.001: distance to the true weights grew
    #> lr 1e-06: distance to the true weights shrank
    assert growth > 100 if lr == 0.001 else growth < 1  # about x2 per step, against x(1 - 1/N)
