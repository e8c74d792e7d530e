"""PyTorch's numbers for Tests/TrainKitTests/BatchNormTests.swift.

A Linear(3 -> 4) -> BatchNorm1d(4) -> ReLU -> Linear(4 -> 2) network with
fixed weights is trained for three SGD steps (lr 0.1, momentum 0) on three
fixed batches with the mean squared error; after each step the script prints
the loss, BatchNorm's gamma, beta, running mean and running variance, and the
network's output in evaluation mode on a fixed input. Float32, as TrainKit.

    python3 Benchmarks/peers/batchnorm_reference.py
"""
import torch

torch.set_printoptions(precision=10)


def tensor(rows):
    return torch.tensor(rows, dtype=torch.float32)


W1 = tensor([[0.5, -0.3, 0.8], [-0.2, 0.7, 0.1], [0.4, 0.4, -0.6], [0.9, -0.5, 0.2]])
B1 = tensor([0.1, -0.2, 0.05, 0.0])
W2 = tensor([[0.3, -0.6, 0.2, 0.5], [-0.4, 0.1, 0.7, -0.3]])
B2 = tensor([0.02, -0.01])
BATCHES = [
    (tensor([[1.0, 2.0, -1.0], [0.5, -1.5, 2.0], [-2.0, 0.3, 0.7], [1.5, 1.0, 0.2], [0.0, -0.5, -1.2]]),
     tensor([[1.0, 0.0], [0.0, 1.0], [0.5, -0.5], [1.5, 0.2], [-1.0, 0.3]])),
    (tensor([[0.2, -0.7, 1.1], [-1.3, 0.8, 0.4], [2.1, -0.2, -0.9], [0.6, 1.7, 0.3]]),
     tensor([[0.3, 0.9], [-0.6, 0.4], [1.2, -0.8], [0.1, 0.5]])),
    (tensor([[-0.4, 1.2, 0.6], [1.8, -1.1, 0.2], [0.3, 0.4, -1.6], [-0.9, -0.6, 1.4], [1.1, 0.9, 0.9], [0.0, 0.0, 0.1]]),
     tensor([[0.7, -0.2], [-0.3, 0.6], [0.9, 0.1], [-0.5, -0.4], [0.4, 0.8], [0.0, 0.0]])),
]
PROBE = tensor([[0.3, -0.2, 0.5], [1.0, 1.0, 1.0]])

first = torch.nn.Linear(3, 4)
norm = torch.nn.BatchNorm1d(4)
second = torch.nn.Linear(4, 2)
with torch.no_grad():
    first.weight.copy_(W1)
    first.bias.copy_(B1)
    second.weight.copy_(W2)
    second.bias.copy_(B2)
model = torch.nn.Sequential(first, norm, torch.nn.ReLU(), second)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = torch.nn.MSELoss()


def show(name, t):
    print(f"{name}: [" + ", ".join(repr(float(v)) for v in t.flatten()) + "]")


for step, (x, y) in enumerate(BATCHES, start=1):
    model.train()
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    if step == 1:
        show("step 1 gamma.grad", norm.weight.grad)
        show("step 1 beta.grad", norm.bias.grad)
        show("step 1 first.weight.grad", first.weight.grad)
    optimizer.step()
    print(f"step {step} loss: {float(loss.detach())!r}")
    show(f"step {step} gamma", norm.weight)
    show(f"step {step} beta", norm.bias)
    show(f"step {step} running_mean", norm.running_mean)
    show(f"step {step} running_var", norm.running_var)
    model.eval()
    with torch.no_grad():
        show(f"step {step} eval output", model(PROBE))
