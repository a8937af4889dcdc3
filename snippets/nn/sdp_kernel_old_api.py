import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.backends.cuda.sdp_kernel(enable_flash=False):  # the old switches, flag by flag
        pass
print(f"{caught[0].category.__name__}: {caught[0].message}")
