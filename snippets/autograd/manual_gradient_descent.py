import torch

torch.manual_seed(0)
w = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([1.0], requires_grad=True)
lr = 0.01

for step in range(100):
    x = torch.randn(20, 1)  # fresh data each step
    y = 3 * x - 2  # the line to recover
    loss = ((w * x + b - y) ** 2).sum() / 2
    loss.backward()
    with torch.no_grad():  # the update itself must not be recorded
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if step in (0, 5, 10, 20, 99):
        print(f"step {step}: loss {loss.item():.4f},"
              f" w {w.item():.4f}, b {b.item():.4f}")
        #> step 0: loss 96.5614, w 1.2738, b 0.5388
        #> step 5: loss 26.9419, w 2.3325, b -1.1640
        #> step 10: loss 1.7058, w 2.8274, b -1.7423
        #> step 20: loss 0.0239, w 2.9804, b -1.9664
        #> step 99: loss 0.0000, w 3.0000, b -2.0000

print(f"w {w.item():.4f}, b {b.item():.4f}")
#> w 3.0000, b -2.0000
torch.testing.assert_close(w, torch.tensor([3.0]), atol=1e-3, rtol=0)
torch.testing.assert_close(b, torch.tensor([-2.0]), atol=1e-3, rtol=0)
