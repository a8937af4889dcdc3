# raises: TypeError
from torch import nn

nn.TransformerEncoderLayer(d_model=768, n_head=12)  # the keyword is nhead
#> TypeError: TransformerEncoderLayer.__init__() got an unexpected keyword argument 'n_head'
