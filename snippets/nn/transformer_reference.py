import re

from torch import nn

classes = [nn.Transformer, nn.TransformerEncoder, nn.TransformerDecoder,
           nn.TransformerEncoderLayer, nn.TransformerDecoderLayer]
docs = [" ".join(cls.__doc__.split()) for cls in classes]  # whitespace joined
sentence = re.search(r"The intent of this layer is .*? architectures\.", docs[0]).group()
print(sentence)
#> The intent of this layer is as a reference implementation for foundational understanding and thus it contains only limited features relative to newer Transformer architectures.
# all five say it, and point to a tutorial on building blocks in core
assert all(sentence in doc and "from building blocks in core" in doc for doc in docs)
print(set(re.search(r"<(https://pytorch.org/tutorials/[^>]*)>", doc)[1] for doc in docs))
#> {'https://pytorch.org/tutorials/intermediate/transformer_building_blocks.html'}
