import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cuda.amp.autocast(enabled=False)  # the old spellings
    torch.cuda.amp.GradScaler(enabled=False)
for warning in caught:
    print(warning.category.__name__, warning.message)
    #> FutureWarning `torch.cuda.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cuda', args...)` instead.
    #> FutureWarning `torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', args...)` instead.
