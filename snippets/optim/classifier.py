import torch
from torch import nn

torch.manual_seed(0)
centers = torch.tensor([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
y = torch.arange(3).repeat_interleave(100)  # class indices (long), 100 each
X = centers[y] + torch.randn(300, 2)  # 3 noisy clusters

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()  # applies log-softmax itself: no softmax in the model
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(100):
    loss = loss_fn(model(X), y)  # logits (300, 3), targets (300,)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

model.eval()
with torch.no_grad():  # inference: softmax only to read probabilities
    logits = model(torch.tensor([[0.0, 2.0], [1.0, 0.5], [-3.0, -1.0]]))
    probs = torch.softmax(logits, dim=1)
print(probs.round(decimals=3))  # each row sums to 1
#> tensor([[0.9970, 0.0000, 0.0020],
#>         [0.5470, 0.4100, 0.0430],
#>         [0.0000, 0.0000, 1.0000]])
print(probs.argmax(dim=1), logits.argmax(dim=1))  # the same class either way
#> tensor([0, 0, 2]) tensor([0, 0, 2])
