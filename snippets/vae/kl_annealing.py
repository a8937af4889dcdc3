import torch


def kl_weight(step, beta=1.0, warmup=1000, cycle=None):
    """0 at the start, rising linearly to beta over `warmup` steps; restarting every `cycle` steps.

    Needs warmup > 0, and cycle > warmup (else beta is never reached)."""
    if cycle is not None:
        step = step % cycle
    return beta * min(1.0, step / warmup)


print([kl_weight(step) for step in (0, 250, 500, 1000, 5000)])  # linear warm-up
#> [0.0, 0.25, 0.5, 1.0, 1.0]
print([kl_weight(step, cycle=2000) for step in (0, 500, 1500, 2000, 2500)])  # cyclical
#> [0.0, 0.5, 1.0, 0.0, 0.5]
recon, kl = torch.tensor(25.0), torch.tensor(3.0)  # say, per image at step 250
loss = recon + kl_weight(250) * kl
print(loss)
#> tensor(25.7500)
