# raises: ImportError
from torch.utils.data import DataSet, DataLoader  # as transcribed; the class is Dataset
#> ImportError: cannot import name 'DataSet' from 'torch.utils.data' (...)
