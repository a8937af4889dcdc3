import torch
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
X = torch.tensor(load_digits().images, dtype=torch.float32).unsqueeze(1) / 16  # (N, 1, 8, 8)
train, test = X[:1500], X[1500:]


def autoencoder():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, 2, 1), nn.ReLU(), nn.Conv2d(16, 8, 3, 2, 1), nn.ReLU(),  # 8x8 -> 2x2
        nn.ConvTranspose2d(8, 16, 3, 2, 1, 1), nn.ReLU(), nn.ConvTranspose2d(16, 1, 3, 2, 1, 1),
    )


def noisy(x):
    return x + 0.3 * torch.randn_like(x)


for name, corrupt in [("autoencoder", lambda x: x), ("denoising", noisy)]:
    model = autoencoder()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(150):
        batch = train[torch.arange(step * 100, (step + 1) * 100) % len(train)]  # 10 passes
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(corrupt(batch)), batch)  # the target is always clean
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        x = noisy(test)
        print(f"{name}: clean in {nn.functional.mse_loss(model(test), test):.4f}, "
              f"noisy in {nn.functional.mse_loss(model(x), test):.4f} "
              f"(noise itself {nn.functional.mse_loss(x, test):.4f})")
        #> autoencoder: clean in 0.0248, noisy in 0.0427 (noise itself 0.0905)
        #> denoising: clean in 0.0202, noisy in 0.0308 (noise itself 0.0887)
