import torch

torch.manual_seed(0)
x = torch.randn([20, 1])  # the training inputs: data, so no requires_grad
y = 3 * x - 2  # the ground truth
w = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([1.0], requires_grad=True)

y_hat = w * x + b  # w^T x + b, with one weight
loss = torch.sum((y_hat - y) ** 2 / 2)
loss.backward()
print(w.grad, b.grad)  # dloss/dw = sum((y_hat - y) x), dloss/db = sum(y_hat - y)
#> tensor([-27.3835]) tensor([46.1186])
torch.testing.assert_close(w.grad, ((y_hat - y) * x).sum(0).detach())
torch.testing.assert_close(b.grad, (y_hat - y).sum(0).detach())
