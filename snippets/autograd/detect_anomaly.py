import warnings

import torch

x = torch.tensor([4.0, 0.0], requires_grad=True)
y = torch.sqrt(x) * 0  # forward: fine, [0, 0]
y.sum().backward()
print(x.grad)  # sqrt'(0) = inf, times 0: nan, and nothing says where it came from
#> tensor([0., nan])

with warnings.catch_warnings(record=True) as caught:
    # detect_anomaly warns that it is slow (our tests make warnings errors): ignore that one;
    # keep the one it raises on failure, which holds the forward traceback of the culprit
    warnings.filterwarnings("ignore", "Anomaly Detection has been enabled", UserWarning)
    warnings.filterwarnings("always", "Error detected in", UserWarning)
    with torch.autograd.detect_anomaly():  # check every backward output for nan
        y = torch.sqrt(x) * 0
        try:
            y.sum().backward()
        except RuntimeError as e:
            print("RuntimeError:", e)
            #> RuntimeError: Function 'SqrtBackward0' returned nan values in its 0th output.
report = str(caught[0].message).splitlines()
print(report[0])
#> Error detected in SqrtBackward0. Traceback of forward call that caused the error:
print(report[-2].strip())  # the innermost frame: the forward line that made the bad node
#> y = torch.sqrt(x) * 0
