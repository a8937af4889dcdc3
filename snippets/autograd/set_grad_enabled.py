import torch

w = torch.tensor(2.0, requires_grad=True)
for training in (True, False):  # one code path for training and evaluation
    with torch.set_grad_enabled(training):
        y = w * 3
    print(f"training={training}: y.requires_grad={y.requires_grad}")
    #> training=True: y.requires_grad=True
    #> training=False: y.requires_grad=False

with torch.no_grad():
    h = w * 3  # computed without recording: no graph back to w
    with torch.enable_grad():  # records again inside no_grad (e.g. an input gradient at evaluation)
        z = w * 3
        print(z.requires_grad, (h * 2).requires_grad)  # but h stays cut off
        #> True False
        print(h.requires_grad_().mul(2).requires_grad)  # unless you switch it on (as a new leaf)
        #> True
with torch.inference_mode(), torch.enable_grad():  # it does not undo inference_mode
    u = w * 3
print(u.requires_grad, torch.is_grad_enabled())  # each context manager restored the mode on exit
#> False True
