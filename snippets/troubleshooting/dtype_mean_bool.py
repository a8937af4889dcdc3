import torch

torch.manual_seed(0)
logits = torch.randn(8, 3)
labels = torch.randint(0, 3, (8,))
correct = logits.argmax(dim=1) == labels  # a Bool tensor
for t in (correct, labels):  # labels are int64: Got: Long
    try:
        t.mean()
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Bool
        #> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
print(correct.float().mean())  # the accuracy
#> tensor(0.5000)
print(correct.mean(dtype=torch.float32))  # the same, converting inside mean
#> tensor(0.5000)
