import torch
from torch import nn

torch.manual_seed(42)
weight, bias = 0.7, 0.3  # the truth the model should find
X = torch.arange(0, 1, 0.02).unsqueeze(dim=1)  # (50, 1)
y = weight * X + bias
split = int(0.8 * len(X))  # 80% train, 20% test
X_train, y_train, X_test, y_test = X[:split], y[:split], X[split:], y[split:]

model = nn.Linear(in_features=1, out_features=1)
# the notes use L1Loss: its gradient never shrinks, so SGD with a fixed
# lr ends up oscillating around the solution; MSE converges smoothly
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

test_losses = []
for epoch in range(1000):
    model.train()  # training mode (matters for dropout and batch norm)
    train_loss = loss_fn(model(X_train), y_train)
    optimizer.zero_grad()
    train_loss.backward()
    optimizer.step()

    model.eval()  # evaluation mode
    with torch.inference_mode():  # no graph, no grads: leaner than no_grad
        test_loss = loss_fn(model(X_test), y_test)
    test_losses.append(test_loss.item())
    if epoch % 100 == 0:
        print(f"Epoch: {epoch:3} | Train loss: {train_loss.item():.2e}"
              f" | Test loss: {test_loss.item():.2e}")
        #> Epoch:   0 | Train loss: 3.08e-01 | Test loss: 2.63e-01
        #> Epoch: 100 | Train loss: 3.63e-04 | Test loss: 1.57e-03
        #> Epoch: 200 | Train loss: 1.44e-04 | Test loss: 6.26e-04
        #> Epoch: 300 | Train loss: 5.74e-05 | Test loss: 2.49e-04
        #> Epoch: 400 | Train loss: 2.29e-05 | Test loss: 9.91e-05
        #> Epoch: 500 | Train loss: 9.09e-06 | Test loss: 3.94e-05
        #> Epoch: 600 | Train loss: 3.62e-06 | Test loss: 1.57e-05
        #> Epoch: 700 | Train loss: 1.44e-06 | Test loss: 6.24e-06
        #> Epoch: 800 | Train loss: 5.73e-07 | Test loss: 2.48e-06
        #> Epoch: 900 | Train loss: 2.28e-07 | Test loss: 9.89e-07

assert test_losses[-1] < test_losses[0] / 1000
torch.testing.assert_close(model.weight.item(), weight, atol=0.01, rtol=0)
torch.testing.assert_close(model.bias.item(), bias, atol=0.01, rtol=0)
print(model.state_dict())
#> OrderedDict([('weight', tensor([[0.6987]])), ('bias', tensor([0.3005]))])
