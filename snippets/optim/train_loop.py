import torch
from torch import nn

torch.manual_seed(42)
weight, bias = 0.7, 0.3  # the truth the model should find
X = torch.arange(0, 1, 0.02).unsqueeze(dim=1)  # (50, 1)
y = weight * X + bias
split = int(0.8 * len(X))  # 80% train, 20% test
X_train, y_train, X_test, y_test = X[:split], y[:split], X[split:], y[split:]

model = nn.Linear(in_features=1, out_features=1)
loss_fn = nn.L1Loss()  # mean absolute error
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

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
        #> Epoch:   0 | Train loss: 5.55e-01 | Test loss: 5.74e-01
        #> Epoch: 100 | Train loss: 6.22e-03 | Test loss: 1.41e-02
        #> Epoch: 200 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 300 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 400 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 500 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 600 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 700 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 800 | Train loss: 1.26e-03 | Test loss: 1.38e-02
        #> Epoch: 900 | Train loss: 1.26e-03 | Test loss: 1.38e-02

# not converged: L1's gradient keeps its size near the solution, so from epoch 200 on the
# weights jump back and forth between two points near it; each log line (even epoch) shows one
print(f"last two epochs: test loss {test_losses[-2]:.2e}, then {test_losses[-1]:.2e}")
#> last two epochs: test loss 1.38e-02, then 3.31e-04
assert test_losses[-1] == test_losses[-3] != test_losses[-2] == test_losses[-4]  # period 2
assert test_losses[-1] < test_losses[0] / 10
torch.testing.assert_close(model.weight.item(), weight, atol=0.01, rtol=0)
torch.testing.assert_close(model.bias.item(), bias, atol=0.01, rtol=0)
print(model.state_dict())
#> OrderedDict([('weight', tensor([[0.6968]])), ('bias', tensor([0.3025]))])
