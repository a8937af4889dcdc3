# %% [markdown]
# # A VAE on handwritten digits
#
# A variational autoencoder with a 2-D latent space, trained on scikit-learn's bundled 8x8
# digits: its reconstructions, new digits sampled from the prior, and the latent space
# coloured by digit. [Download this notebook](vae_digits.py) (a
# jupytext percent-format script: run it with `python`, or install jupytext to open it in Jupyter).

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
train, test = X[:1500], X[1500:]

# %% [markdown]
# ## The model and the loss
#
# The encoder outputs a mean and a log-variance per latent dimension; the decoder turns a
# latent point into 8x8 logits. The loss is the negative ELBO: a reconstruction term (binary
# cross-entropy on the grey levels) plus the KL divergence of $q(z|x)$ from the prior
# $\mathcal{N}(0, I)$.
#
# The test loss printed below is that training objective on the held-out images, estimated with
# one random sample of $z$ per image (other draws move the average a little: over 50 draws its
# standard deviation was 0.07, measured when this was written). Because the pixels
# are grey levels, not 0 or 1, it is not a bound on $-\log p(x)$ and cannot be compared with the
# likelihoods papers report (see "BCE on grey levels is not a likelihood" on the page
# Autoencoders and VAEs): compare it only with models trained and tested with the same loss on
# the same data.

# %%
encoder = nn.Sequential(nn.Conv2d(1, 16, 3, 2, 1), nn.ReLU(), nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU(),
                        nn.Flatten(), nn.Linear(128, 4))  # mu and logvar, 2 each
decoder = nn.Sequential(nn.Linear(2, 128), nn.ReLU(), nn.Unflatten(1, (32, 2, 2)),
                        nn.ConvTranspose2d(32, 16, 3, 2, 1, 1), nn.ReLU(),
                        nn.ConvTranspose2d(16, 1, 3, 2, 1, 1))


def neg_elbo(x):
    mu, logvar = encoder(x).chunk(2, dim=1)
    z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    recon = F.binary_cross_entropy_with_logits(decoder(z), x, reduction="sum")
    kl = -0.5 * torch.sum(1 + logvar - mu**2 - logvar.exp())
    return (recon + kl) / len(x)


params = [*encoder.parameters(), *decoder.parameters()]
optimizer = torch.optim.Adam(params, lr=5e-3)
for epoch in range(40):
    for xb in train[torch.randperm(len(train))].split(100):
        optimizer.zero_grad()
        loss = neg_elbo(xb)
        loss.backward()
        optimizer.step()
with torch.no_grad():
    test_loss = neg_elbo(test).item()
print(f"test loss (negative ELBO, BCE on grey levels, one sample of z): {test_loss:.1f} per image")

# %% [markdown]
# ## Reconstructions
#
# Top row: test images; bottom row: the decoder's output at the encoder's mean.

# %%
with torch.no_grad():
    mu = encoder(test[:10]).chunk(2, dim=1)[0]
    recon = torch.sigmoid(decoder(mu))
fig, axes = plt.subplots(2, 10, figsize=(8, 1.8))
for i in range(10):
    axes[0, i].imshow(test[i, 0].numpy(), cmap="gray_r")
    axes[1, i].imshow(recon[i, 0].numpy(), cmap="gray_r")
for ax in axes.flat:
    ax.axis("off")
plt.show()

# %% [markdown]
# ## Samples from the prior
#
# Generating needs no encoder: draw $z \sim \mathcal{N}(0, I)$ and decode it.

# %%
with torch.no_grad():
    samples = torch.sigmoid(decoder(torch.randn(20, 2)))
fig, axes = plt.subplots(2, 10, figsize=(8, 1.8))
for ax, img in zip(axes.flat, samples):
    ax.imshow(img[0].numpy(), cmap="gray_r")
    ax.axis("off")
plt.show()

# %% [markdown]
# ## The latent space
#
# Every image at its encoder mean, coloured by its digit: the KL term keeps the cloud near
# the origin, the reconstruction term keeps the digits apart.

# %%
with torch.no_grad():
    mu = encoder(X).chunk(2, dim=1)[0]
fig, ax = plt.subplots(figsize=(5, 4))
points = ax.scatter(*mu.numpy().T, c=y.numpy(), cmap="tab10", s=5)
fig.colorbar(points, ax=ax, label="digit")
ax.set(xlabel="$z_1$", ylabel="$z_2$", title="Encoder means")
plt.show()
