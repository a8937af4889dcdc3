import torch

loss = torch.tensor([0.5, 0.2, 0.9])  # e.g. reduction="none": one loss per sample
try:
    if loss > 0.4:  # True for which element?
        print("high")
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous

# the fix: say which question you mean
print((loss > 0.4).any().item(), (loss > 0.4).all().item(), loss.mean().item() > 0.4)
#> True False True
