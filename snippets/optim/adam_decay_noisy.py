import torch
from torch.optim import Adam, AdamW


def mean_weight(Opt, weight_decay, grad_rms):
    """200 weights start at 1.0 and take 100 steps whose loss gradient is pure noise."""
    torch.manual_seed(0)  # the same noise in every run
    w = torch.ones(200, requires_grad=True)
    optimizer = Opt([w], lr=2e-3, weight_decay=weight_decay)
    for step in range(100):
        w.grad = grad_rms * torch.randn(200)
        optimizer.step()
    return w.detach().mean().item()


for rms in (0.1, 1.0, 10.0):
    no_decay = mean_weight(Adam, 0.0, rms)  # the same run for AdamW: they differ only in the decay
    adam, adamw = (no_decay - mean_weight(Opt, 0.1, rms) for Opt in (Adam, AdamW))
    print(f"gradient RMS {rms:4}: decay 0.1 shrinks Adam's weights by {adam:.4f}, AdamW's by {adamw:.4f}")
    #> gradient RMS  0.1: decay 0.1 shrinks Adam's weights by 0.1371, AdamW's by 0.0198
    #> gradient RMS  1.0: decay 0.1 shrinks Adam's weights by 0.0196, AdamW's by 0.0198
    #> gradient RMS 10.0: decay 0.1 shrinks Adam's weights by 0.0020, AdamW's by 0.0198
adam = mean_weight(Adam, 0.0, 1.0) - mean_weight(Adam, 0.01, 1.0)  # a tenth of the decay: a tenth of the shrink
print(f"gradient RMS  1.0: decay 0.01 shrinks Adam's weights by {adam:.4f}")
#> gradient RMS  1.0: decay 0.01 shrinks Adam's weights by 0.0020
