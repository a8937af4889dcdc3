import warnings

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

torch.manual_seed(0)
q, k, v = torch.randn(3, 2, 4, 5, 8).unbind(0)
# the flash kernel exists here, but not for these inputs: it has no dropout
with warnings.catch_warnings(record=True) as caught, sdpa_kernel(SDPBackend.FLASH_ATTENTION):
    warnings.simplefilter("always")
    try:
        F.scaled_dot_product_attention(q, k, v, dropout_p=0.1)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: No available kernel.  Aborting execution.
for w in caught:  # the reasons come as warnings (without the C++ file and line)
    print(f"{w.category.__name__}: {str(w.message).split(' (Triggered')[0]}")
    #> UserWarning: Flash attention kernel not used because:
    #> UserWarning: Both fused kernels do not support non-zero dropout.
