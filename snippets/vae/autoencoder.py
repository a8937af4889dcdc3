import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.nn.functional import mse_loss

torch.manual_seed(0)
X = torch.tensor(load_digits().images, dtype=torch.float32).unsqueeze(1) / 16  # (N, 1, 8, 8)
train, test = X[:1500], X[1500:]
noisy_test = test + 0.3 * torch.randn_like(test)
errors = {"the noise itself": mse_loss(noisy_test, test).item()}
for name in ("autoencoder", "denoising"):
    model = nn.Sequential(
        nn.Conv2d(1, 16, 3, 2, 1), nn.ReLU(), nn.Conv2d(16, 8, 3, 2, 1), nn.ReLU(),  # 8x8 -> 2x2
        nn.ConvTranspose2d(8, 16, 3, 2, 1, 1), nn.ReLU(), nn.ConvTranspose2d(16, 1, 3, 2, 1, 1),
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(150):  # 10 passes, in batches of 100
        clean = train[torch.arange(step * 100, (step + 1) * 100) % len(train)]
        inputs = clean + 0.3 * torch.randn_like(clean) if name == "denoising" else clean
        optimizer.zero_grad()
        mse_loss(model(inputs), clean).backward()  # the target is always the clean image
        optimizer.step()
    with torch.no_grad():
        errors[name] = mse_loss(model(noisy_test), test).item()  # noisy test images in
assert errors["denoising"] < errors["autoencoder"] < errors["the noise itself"]
print({name: round(error, 2) for name, error in errors.items()})  # coarse: training varies by CPU
#> {'the noise itself': 0.09, 'autoencoder': 0.05, 'denoising': 0.03}
