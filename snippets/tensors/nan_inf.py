import torch

x = torch.tensor([1.0, float("nan"), float("inf"), -float("inf")])
print(x == float("nan"))  # nan equals nothing, not even nan: this finds nothing
#> tensor([False, False, False, False])
print(torch.isnan(x), torch.isinf(x))
#> tensor([False,  True, False, False]) tensor([False, False,  True,  True])
print(torch.isfinite(x))  # neither nan nor +-inf
#> tensor([ True, False, False, False])
print(x[torch.isfinite(x)].mean())  # drop the bad values before reducing
#> tensor(1.)
print(torch.nansum(x[:2]), torch.nanmean(x[:2]), torch.nansum(x[:3]))  # skip nan, not inf
#> tensor(1.) tensor(1.) tensor(inf)
print(torch.nan_to_num(x))  # nan -> 0, +-inf -> the dtype's largest/lowest finite value
#> tensor([ 1.0000e+00,  0.0000e+00,  3.4028e+38, -3.4028e+38])
print(torch.nan_to_num(x, nan=0.0, posinf=1e4, neginf=-1e4))
#> tensor([ 1.0000e+00,  0.0000e+00,  1.0000e+04, -1.0000e+04])
assert not torch.isfinite(x.sum()) and not torch.isfinite(x.mean())  # one nan or inf makes a sum or mean non-finite
