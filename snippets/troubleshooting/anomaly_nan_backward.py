import warnings

import torch

x = torch.tensor([4.0, -1.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", "Anomaly Detection has been enabled", UserWarning)  # it is slow
    warnings.filterwarnings("always", "Error detected in", UserWarning)  # the report on failure
    with torch.autograd.detect_anomaly():  # checks every backward output for nan
        # sqrt(-1) is nan, masked out in the forward, but not in the backward: 0 / (2 * nan) = nan
        y = torch.where(x > 0, torch.sqrt(x), 0.0)
        try:
            y.sum().backward()
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
            #> RuntimeError: Function 'SqrtBackward0' returned nan values in its 0th output.
print(str(caught[0].message).splitlines()[-2].strip())  # the warning names the forward line
#> y = torch.where(x > 0, torch.sqrt(x), 0.0)

x.grad = None
y = torch.sqrt(torch.where(x > 0, x, 1.0))  # the fix: make the input safe before sqrt
torch.where(x > 0, y, 0.0).sum().backward()
print(x.grad)
#> tensor([0.2500, 0.0000])
