import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(200, 2)
noisy = X[:, 0] + X[:, 1] + 0.5 * torch.randn(200)
y = (noisy > 0).float()  # 0/1 targets, as floats

# input_size=2, hidden_size=2 (sigmoid), output_size=1: ONE logit
model = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1))
loss_fn = nn.BCEWithLogitsLoss()  # applies the sigmoid itself, stably
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(500):
    loss = loss_fn(model(X).squeeze(1), y)  # (200, 1) -> (200,), like y
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

model.eval()
with torch.no_grad():
    logits = model(torch.tensor([[2.0, 1.0], [0.5, -0.2], [-1.0, -2.0]])).squeeze(1)
    probs = torch.sigmoid(logits)  # probability of class 1
print(probs.round(decimals=2))
#> tensor([0.9700, 0.7600, 0.0400])
print(probs > 0.5, logits > 0)  # the same decision: sigmoid(0) = 0.5
#> tensor([ True,  True, False]) tensor([ True,  True, False])
