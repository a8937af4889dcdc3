import torch

torch.manual_seed(0)
batch_a = torch.randn(8, 3, 4)
batch_b = torch.randn(8, 4, 5)
print(torch.bmm(batch_a, batch_b).shape)  # 8 independent (3,4) @ (4,5) products
#> torch.Size([8, 3, 5])
torch.testing.assert_close(torch.bmm(batch_a, batch_b), batch_a @ batch_b)  # @ does the same
weights = torch.randn(4, 5)
# matmul broadcasts one matrix over the whole batch; bmm would refuse
print((batch_a @ weights).shape)
#> torch.Size([8, 3, 5])
