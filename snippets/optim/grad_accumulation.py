import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 4), torch.randn(32, 1)
model = nn.Linear(4, 1)

model.zero_grad()
nn.functional.mse_loss(model(X), y).backward()  # one batch of 32
full = model.weight.grad.clone()

# then 4 micro-batches of 8, with no zero_grad in between
model.zero_grad()
for X_part, y_part in zip(X.split(8), y.split(8)):
    # / 4: the mean over the 4 parts
    loss = nn.functional.mse_loss(model(X_part), y_part) / 4
    loss.backward()  # gradients add up in .grad
# the same gradient as the big batch
torch.testing.assert_close(model.weight.grad, full)
print(model.weight.grad)
#> tensor([[-0.0247,  0.0783, -0.9896, -1.3379]])
# optimizer.step(), optimizer.zero_grad(): once per 4 micro-batches
