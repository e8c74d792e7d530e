"""The benchmark workloads 1-3 of Benchmarks/README.md in NumPy, PyTorch and
scikit-learn, printing one JSON object per line (same keys as trainkit-bench).

Run by compare.py with OPENBLAS_CORETYPE removed from the environment, so
that NumPy's OpenBLAS uses its AVX-512 kernels on this machine (or set to
what its --openblas-coretype names). Each peer
is skipped (with a note on stderr) if it is not installed.

    python3 workloads.py [gemm] [mlp] [digits] --threads 2 --trials 7 --digits PATH
"""

import argparse
import json
import os
import statistics
import sys
import time

import numpy as np

SQUARE = [64, 128, 256, 512, 1024]
# (label, m, n, k, transposeA, transposeB): as GEMMWorkload.trainingShapes().
TRAINING = [
    ("256×256×784 X·W", 256, 256, 784, False, False),
    ("784×256×256 Xᵀ·dY", 784, 256, 256, True, False),
    ("256×784×256 dY·Wᵀ", 256, 784, 256, False, True),
    ("256×256×256 Hᵀ·dY", 256, 256, 256, True, False),
    ("256×10×256 H·W₃", 256, 10, 256, False, False),
    ("256×10×256 Hᵀ·dY₃", 256, 10, 256, True, False),
    # one digits step (64-256-256-10, batch 64)
    ("64×256×64 X·W₁", 64, 256, 64, False, False),
    ("64×256×256 H·W₂", 64, 256, 256, False, False),
    ("64×10×256 H·W₃", 64, 10, 256, False, False),
    ("256×256×64 Hᵀ·dY", 256, 256, 64, True, False),
    ("64×256×256 dY·Wᵀ", 64, 256, 256, False, True),
    ("256×10×64 Hᵀ·dY₃", 256, 10, 64, True, False),
]


def emit(**fields):
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def measure(body, trials, minimum_seconds, cpu_clock=False):
    """Seconds per run for each trial (after one warm-up run), like
    Timing.measure in BenchmarkWorkloads; cpu_clock uses the calling
    thread's CPU time (only meaningful for single-threaded work)."""
    clock = time.thread_time if cpu_clock else time.perf_counter
    body()
    seconds = []
    for _ in range(max(1, trials)):
        runs = 0
        start = clock()
        while True:
            body()
            runs += 1
            elapsed = clock() - start
            if elapsed >= minimum_seconds:
                break
        seconds.append(elapsed / runs)
    return seconds


def report(peer, workload, label, seconds, threads, samples=None, flops=None, **extra):
    best, median = min(seconds), statistics.median(seconds)
    fields = dict(peer=peer, workload=workload, label=label, threads=threads,
                  best_s=best, median_s=median, **extra)
    if samples:
        fields.update(samples=samples, samples_per_s_best=samples / best,
                      samples_per_s_median=samples / median)
    if flops:
        fields.update(gflops_best=flops / best / 1e9, gflops_median=flops / median / 1e9)
    emit(**fields)


def gemm_cases():
    for n in SQUARE:
        yield f"{n}³", n, n, n, False, False
    yield from TRAINING


# MARK: - NumPy

def numpy_gemm(args):
    from threadpoolctl import threadpool_limits
    rng = np.random.default_rng(42)
    for threads in sorted({1, args.threads}):
        with threadpool_limits(limits=threads, user_api="blas"):
            for label, m, n, k, ta, tb in gemm_cases():
                a = rng.uniform(-1, 1, (k, m) if ta else (m, k)).astype(np.float32)
                b = rng.uniform(-1, 1, (n, k) if tb else (k, n)).astype(np.float32)
                opa, opb = (a.T if ta else a), (b.T if tb else b)
                c = np.empty((m, n), np.float32)
                cpu = args.cpu_clock and threads == 1
                seconds = measure(lambda: np.matmul(opa, opb, out=c), args.trials, 0.05, cpu)
                report("numpy", "gemm", label, seconds, threads, flops=2.0 * m * n * k,
                       m=m, n=n, k=k, clock="cpu" if cpu else "wall")


class NumpyMLP:
    """ReLU MLP + softmax cross-entropy + Adam (PyTorch's defaults), float32,
    written the way a NumPy user would: one matmul per layer and direction."""

    def __init__(self, sizes, rng, lr=1e-3):
        self.params = []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            bound = 1 / np.sqrt(fan_in)
            self.params.append(rng.uniform(-bound, bound, (fan_in, fan_out)).astype(np.float32))
            self.params.append(rng.uniform(-bound, bound, (fan_out,)).astype(np.float32))
        self.m = [np.zeros_like(p) for p in self.params]
        self.v = [np.zeros_like(p) for p in self.params]
        self.t = 0
        self.lr = lr

    def step(self, x, y):
        activations = [x]
        h = x
        layers = len(self.params) // 2
        for i in range(layers):
            h = h @ self.params[2 * i] + self.params[2 * i + 1]
            if i < layers - 1:
                np.maximum(h, 0, out=h)
            activations.append(h)
        z = h - h.max(axis=1, keepdims=True)
        e = np.exp(z)
        p = e / e.sum(axis=1, keepdims=True)
        n = x.shape[0]
        loss = -np.log(p[np.arange(n), y] + 1e-30).mean()
        g = p
        g[np.arange(n), y] -= 1
        g /= n
        grads = [None] * len(self.params)
        for i in reversed(range(layers)):
            a = activations[i]
            grads[2 * i] = a.T @ g
            grads[2 * i + 1] = g.sum(axis=0)
            if i > 0:
                g = (g @ self.params[2 * i].T) * (a > 0)
        self.t += 1
        b1, b2, eps = 0.9, 0.999, 1e-8
        c1, c2 = 1 - b1 ** self.t, 1 - b2 ** self.t
        for p_, g_, m_, v_ in zip(self.params, grads, self.m, self.v):
            m_ *= b1
            m_ += (1 - b1) * g_
            v_ *= b2
            v_ += (1 - b2) * g_ * g_
            p_ -= (self.lr / c1) * m_ / (np.sqrt(v_ / c2) + eps)
        return loss


def numpy_epoch(model, x, y, batch, rng):
    order = rng.permutation(x.shape[0])
    for start in range(0, x.shape[0], batch):
        idx = order[start:start + batch]
        model.step(x[idx], y[idx])


def synthetic(samples=60_000):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((samples, 784), dtype=np.float32)
    y = rng.integers(0, 10, samples)
    return x, y


def digits(path, samples=1200):
    data = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float32)
    data = data[:samples]
    return data[:, :-1] / 16, data[:, -1].astype(np.int64)


def numpy_training(args, which):
    from threadpoolctl import threadpool_limits
    rng = np.random.default_rng(1)
    with threadpool_limits(limits=args.threads, user_api="blas"):
        if which == "mlp":
            x, y = synthetic()
            model = NumpyMLP([784, 256, 256, 10], rng)
            seconds = measure(lambda: numpy_epoch(model, x, y, 256, rng), max(3, args.trials // 2), 0)
            report("numpy", "mlp", "784-256-256-10 Adam, batch 256, 60k samples", seconds,
                   args.threads, samples=x.shape[0])
        else:
            x, y = digits(args.digits)
            model = NumpyMLP([64, 256, 256, 10], rng)
            seconds = measure(lambda: numpy_epoch(model, x, y, 64, rng), args.trials, 0.2)
            report("numpy", "digits", f"64-256-256-10 Adam, batch 64, {x.shape[0]} digits",
                   seconds, args.threads, samples=x.shape[0])


# MARK: - PyTorch

def torch_all(args, workloads):
    try:
        import torch
    except ImportError:
        print("workloads.py: PyTorch is not installed; skipped", file=sys.stderr)
        return
    torch.set_num_threads(args.threads)
    if "gemm" in workloads:
        gen = torch.Generator().manual_seed(42)
        for threads in sorted({1, args.threads}):
            torch.set_num_threads(threads)
            for label, m, n, k, ta, tb in gemm_cases():
                a = torch.rand((k, m) if ta else (m, k), generator=gen) * 2 - 1
                b = torch.rand((n, k) if tb else (k, n), generator=gen) * 2 - 1
                opa, opb = (a.T if ta else a), (b.T if tb else b)
                c = torch.empty((m, n))
                cpu = args.cpu_clock and threads == 1
                seconds = measure(lambda: torch.mm(opa, opb, out=c), args.trials, 0.05, cpu)
                report("torch", "gemm", label, seconds, threads, flops=2.0 * m * n * k,
                       m=m, n=n, k=k, clock="cpu" if cpu else "wall")
        torch.set_num_threads(args.threads)

    def train(which):
        torch.manual_seed(1)
        if which == "mlp":
            x, y = synthetic()
            sizes, batch, trials, minimum = [784, 256, 256, 10], 256, max(3, args.trials // 2), 0
            label = "784-256-256-10 Adam, batch 256, 60k samples"
        else:
            x, y = digits(args.digits)
            sizes, batch, trials, minimum = [64, 256, 256, 10], 64, args.trials, 0.2
            label = f"64-256-256-10 Adam, batch 64, {x.shape[0]} digits"
        x, y = torch.from_numpy(x), torch.from_numpy(y)
        layers = []
        for i, (fan_in, fan_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            layers.append(torch.nn.Linear(fan_in, fan_out))
            if i < len(sizes) - 2:
                layers.append(torch.nn.ReLU())
        model = torch.nn.Sequential(*layers)
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        loss_fn = torch.nn.CrossEntropyLoss()

        def epoch():
            order = torch.randperm(x.shape[0])
            for start in range(0, x.shape[0], batch):
                idx = order[start:start + batch]
                optimizer.zero_grad()
                loss = loss_fn(model(x[idx]), y[idx])
                loss.backward()
                optimizer.step()

        seconds = measure(epoch, trials, minimum)
        report("torch", which, label, seconds, args.threads, samples=x.shape[0])

    for which in ("mlp", "digits"):
        if which in workloads:
            train(which)


# MARK: - scikit-learn

def sklearn_digits(args):
    try:
        import warnings
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier
        from threadpoolctl import threadpool_limits
    except ImportError:
        print("workloads.py: scikit-learn is not installed; skipped", file=sys.stderr)
        return
    x, y = digits(args.digits)
    warnings.filterwarnings("ignore", category=ConvergenceWarning)

    def epoch():
        # One epoch of Adam at batch 64 from a fresh model (max_iter counts epochs).
        MLPClassifier(hidden_layer_sizes=(256, 256), solver="adam", batch_size=64,
                      learning_rate_init=1e-3, max_iter=1, shuffle=True,
                      random_state=1).fit(x, y)

    with threadpool_limits(limits=args.threads, user_api="blas"):
        seconds = measure(epoch, args.trials, 0.2)
    report("sklearn", "digits", f"64-256-256-10 Adam, batch 64, {x.shape[0]} digits",
           seconds, args.threads, samples=x.shape[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workloads", nargs="*", default=["gemm", "mlp", "digits"])
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--trials", type=int, default=7)
    parser.add_argument("--digits", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "datasets", "digits.csv"))
    parser.add_argument("--peers", default="numpy,torch,sklearn")
    parser.add_argument("--cpu-clock", action="store_true",
                        help="time one-thread GEMM by the thread's CPU time")
    args = parser.parse_args()
    peers = args.peers.split(",")
    if "numpy" in peers:
        if "gemm" in args.workloads:
            numpy_gemm(args)
        for which in ("mlp", "digits"):
            if which in args.workloads:
                numpy_training(args, which)
    if "torch" in peers:
        torch_all(args, args.workloads)
    if "sklearn" in peers and "digits" in args.workloads:
        sklearn_digits(args)


if __name__ == "__main__":
    main()
