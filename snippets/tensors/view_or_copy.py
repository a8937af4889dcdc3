import torch

x = torch.arange(6).reshape(2, 3)


def shares(t):  # does t use x's memory?
    return t.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()


sliced = x[:, 1:]  # basic indexing (ints, slices, None, ...): a view
picked = x[:, [1, 2]]  # advanced indexing (a list, a tensor, a mask): a copy
print(torch.equal(sliced, picked), shares(sliced), shares(picked))
#> True True False
assert shares(x[torch.tensor(1)])  # a 0-dim integer tensor acts as an int: a view
sliced[0, 0] = 100  # writes through to x
picked[1, 1] = -1  # x does not see this
print(x)
#> tensor([[  0, 100,   2],
#>         [  3,   4,   5]])
x[:, [1, 2]][0, 0] = 7  # WRONG: writes into a temporary copy, x is unchanged
print(x[0, 1])
#> tensor(100)
x[0, [1, 2]] = 7  # RIGHT: indexing on the left of = writes into x (index_put_)
print(x[0])
#> tensor([0, 7, 7])
