import numpy as np
import torch
import torch.nn.functional as F

torch.manual_seed(0)
probs = torch.rand(4)  # float32
int_labels = torch.tensor([0, 1, 1, 0])  # int64
np_labels = torch.from_numpy(np.array([0.0, 1.0, 1.0, 0.0]))  # float64, NumPy's default
for labels in (int_labels, np_labels):
    try:
        F.binary_cross_entropy(probs, labels)  # BCELoss wants targets in probs' dtype
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Found dtype Long but expected Float
        #> RuntimeError: Found dtype Double but expected Float
    print(F.binary_cross_entropy(probs, labels.to(probs.dtype)).dtype)
    #> torch.float32
    #> torch.float32
