# raises: ImportError
from torch.utils.data import DataSet, DataLoader  # DataSet: the class is Dataset
#> ImportError: cannot import name 'DataSet' from 'torch.utils.data' (...)
