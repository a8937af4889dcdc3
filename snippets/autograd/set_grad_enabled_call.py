import threading

import torch

w = torch.tensor(2.0, requires_grad=True)
torch.set_grad_enabled(False)  # as a plain call: off until switched back on, in this thread only
print(torch.is_grad_enabled(), (w * 3).requires_grad)
#> False False
seen = []
thread = threading.Thread(target=lambda: seen.append(torch.is_grad_enabled()))
thread.start()
thread.join()
print(seen)  # another thread still records
#> [True]
torch.set_grad_enabled(True)
try:
    torch.set_grad_enabled(0)  # the flag must be a bool
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
    #> TypeError: set_grad_enabled(): argument 'enabled' (position 1) must be bool, not int
