import torch

x = torch.tensor(3.0, requires_grad=True)

shared = x.detach()  # shares x's memory, cut from the graph
assert shared.data_ptr() == x.data_ptr()
detached = shared**2  # computed from it: new memory, and untracked too
assert detached.data_ptr() != x.data_ptr()
with torch.no_grad():
    no_grad = x**2  # nothing inside the block is recorded
with torch.inference_mode():
    inference = x**2  # like no_grad, and cheaper
x.requires_grad_(False)  # in place: x itself stops tracking
untracked = x**2

results = {"detach": detached, "no_grad": no_grad, "inference_mode": inference,
           "requires_grad_(False)": untracked}
for name, y in results.items():
    try:
        y.backward()
    except RuntimeError as e:
        print(f"{name}: requires_grad={y.requires_grad}, RuntimeError: {e}")
        #> detach: requires_grad=False, RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
        #> no_grad: requires_grad=False, RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
        #> inference_mode: requires_grad=False, RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
        #> requires_grad_(False): requires_grad=False, RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
