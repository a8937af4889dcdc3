import torch

w = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(3):
    loss = (2 * w - 4) ** 2  # d loss / dw = 4 (2w - 4)
    loss.backward()  # ADDS to w.grad
    print(f"step {step}: w.grad = {w.grad.item()}")
    #> step 0: w.grad = -8.0
    #> step 1: w.grad = -16.0
    #> step 2: w.grad = -24.0

# The loop body, in order: clear old gradients, compute new ones, use them
optimizer.zero_grad()  # sets .grad to None
loss = (2 * w - 4) ** 2
loss.backward()
optimizer.step()  # w <- w - lr * grad = 1 - 0.1 * (-8)
print(w)
#> tensor(1.8000, requires_grad=True)
