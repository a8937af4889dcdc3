import torch

w = torch.tensor(2.0, requires_grad=True)
for training in (True, False):  # one code path for training and evaluation
    with torch.set_grad_enabled(training):
        y = w * 3
    print(f"training={training}: y.requires_grad={y.requires_grad}")
    #> training=True: y.requires_grad=True
    #> training=False: y.requires_grad=False

with torch.no_grad():
    with torch.enable_grad():  # records again inside no_grad (e.g. an input gradient at evaluation)
        z = w * 3
print(z.requires_grad)
#> True
with torch.inference_mode(), torch.enable_grad():  # but it does not undo inference_mode
    u = w * 3
print(u.requires_grad)
#> False
print(torch.is_grad_enabled())  # each context manager restored the mode on exit
#> True

torch.set_grad_enabled(False)  # as a plain call: off until switched back on
print(torch.is_grad_enabled(), (w * 3).requires_grad)
#> False False
torch.set_grad_enabled(True)
