# requires: cuda
# stderr: Assertion
import torch
import torch.nn.functional as F

logits = torch.zeros(4, 3)  # 3 classes: valid targets are 0, 1 and 2
target = torch.tensor([0, 1, 2, 3])  # 3 is out of range
try:
    F.cross_entropy(logits.cuda(), target.cuda())
    torch.cuda.synchronize()  # GPU kernels run asynchronously: the error surfaces at a later sync
except torch.AcceleratorError as e:  # a RuntimeError
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
# the process can no longer use the GPU; run the same call on the CPU for a readable error
try:
    F.cross_entropy(logits, target)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
