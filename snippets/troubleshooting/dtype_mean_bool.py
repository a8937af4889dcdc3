import torch

torch.manual_seed(0)
logits = torch.randn(8, 3)
labels = torch.randint(0, 3, (8,))
correct = logits.argmax(dim=1) == labels  # a Bool tensor
try:
    correct.mean()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Bool
print(correct.float().mean())  # the accuracy
#> tensor(0.5000)
