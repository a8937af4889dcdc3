import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4)
labels = torch.tensor([0, 1, 1, 0])  # int64: torch.tensor of Python ints
try:
    F.binary_cross_entropy_with_logits(logits, labels)  # the loss is computed in labels' dtype
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long
print(F.binary_cross_entropy_with_logits(logits, labels.float()).dtype)
#> torch.float32

image = torch.tensor([[0, 128, 255]], dtype=torch.uint8)  # pixels, as images are loaded
try:
    image /= 255  # in place: a float result cannot be stored in a uint8 tensor
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: result type Float can't be cast to the desired output type Byte
print(image / 255)  # out of place: the result is promoted to float32
#> tensor([[0.0000, 0.5020, 1.0000]])
