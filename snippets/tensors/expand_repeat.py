import torch

row = torch.tensor([1.0, 2.0, 3.0])
expanded = row.expand(1000, 3)  # a view: stride 0 reuses the same 3 numbers
repeated = row.repeat(1000, 1)  # a copy: 3000 numbers in new memory
print(expanded.stride(), expanded.untyped_storage().nbytes())
#> (0, 1) 12
print(repeated.stride(), repeated.untyped_storage().nbytes())
#> (3, 1) 12000
assert torch.equal(expanded, repeated)
try:
    expanded.add_(1)  # many elements share one memory cell: in place is refused
except RuntimeError as e:
    print("RuntimeError:", e)
    #> RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.
print(expanded.clone().add_(1)[0])  # clone first: a real copy can be written
#> tensor([2., 3., 4.])
