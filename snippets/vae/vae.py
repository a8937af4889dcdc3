import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn

torch.set_num_threads(1)  # tiny tensors: more threads mostly wait on each other
torch.manual_seed(0)
X = torch.tensor(load_digits().images, dtype=torch.float32).unsqueeze(1) / 16


class VAE(nn.Module):
    def __init__(self, latent=2):
        super().__init__()
        self.encoder = nn.Sequential(nn.Conv2d(1, 16, 3, 2, 1), nn.ReLU(), nn.Conv2d(16, 32, 3, 2, 1),
                                     nn.ReLU(), nn.Flatten(), nn.Linear(128, 2 * latent))
        self.decoder = nn.Sequential(nn.Linear(latent, 128), nn.ReLU(), nn.Unflatten(1, (32, 2, 2)),
                                     nn.ConvTranspose2d(32, 16, 3, 2, 1, 1), nn.ReLU(),
                                     nn.ConvTranspose2d(16, 1, 3, 2, 1, 1))  # logits, 8x8

    def forward(self, x):
        mu, logvar = self.encoder(x).chunk(2, dim=1)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)  # reparameterization
        return self.decoder(z), mu, logvar


def neg_elbo(logits, mu, logvar, x):  # per image: reconstruction + KL to the prior N(0, I)
    recon = F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
    kl = -0.5 * torch.sum(1 + logvar - mu**2 - logvar.exp())
    return (recon + kl) / len(x)


model = VAE()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(151):
    batch = X[torch.arange(step * 100, (step + 1) * 100) % len(X)]  # 8.4 passes over the images
    optimizer.zero_grad()
    loss = neg_elbo(*model(batch), batch)
    loss.backward()
    optimizer.step()
    if step % 75 == 0:
        with torch.no_grad():
            value = neg_elbo(*model(X), X).item()  # all images, one draw of z each: an estimate
        print(f"after step {step}: negative ELBO {value:.0f} per image")  # coarse: training varies by CPU
        #> after step 0: negative ELBO 40 per image
        #> after step 75: negative ELBO 28 per image
        #> after step 150: negative ELBO 27 per image

with torch.no_grad():  # generating: decode draws from the prior, no encoder involved
    samples = torch.sigmoid(model.decoder(torch.randn(16, 2)))
print(samples.shape)
#> torch.Size([16, 1, 8, 8])
