"""RW1 baseline in NumPy (issue 7), vectorised over chunks of trials.

1,000 reps x 4 quarters x T trials of lognormal sales, paid under the self-set scheme A and
the haggled-quota scheme B on the same draws. Prints one JSON line, or {"skipped": reason}
when NumPy is missing. Usage: python3 rw1.py [--trials N] [--seed N] [--chunk N]
"""

import argparse
import json
import os
import sys
import time

REPS, PERIODS, BINS = 1000, 4, 64
SEASON = (0.81, 0.99, 0.99, 1.21)
RATE, FIXED_PAY, EXCESS_RATE = 0.05, 1000.0, 0.005
TOP_A, TOP_B = 10.0, 1024.0


def cells(np):
    """Median X, log-sd and quota Q per rep-period, indexed r * PERIODS + p."""
    r = np.repeat(np.arange(REPS), PERIODS)
    season = np.tile(np.array(SEASON), REPS)
    sigma = 0.1 + 0.3 * (r % 7) / 6
    mean = (100 + r % 50) * season
    # Y = mean * exp(sigma*Z - sigma^2/2) = X * exp(sigma*Z) with X the median.
    return mean * np.exp(-0.5 * sigma * sigma), sigma, 0.5 * (1.2 + 0.8) * mean


class Tally:
    def __init__(self, name):
        self.name = name
        self.sum = self.sum_sq = self.ape_sum = 0.0
        self.ape_count = 0
        self.hist = None

    def add(self, pay, y, target, work):
        np = sys.modules["numpy"]
        flat = pay.ravel()
        self.sum += float(flat.sum())
        self.sum_sq += float(flat @ flat)

        # |Y - X| / Y, leaving out draws with Y = 0 (the mask costs a pass, so only if needed).
        np.subtract(y, target, out=work)
        np.abs(work, out=work)
        positive = None if y.min() > 0 else y > 0
        np.divide(work, y, out=work, where=True if positive is None else positive)
        self.ape_sum += float(work.sum() if positive is None else work[positive].sum())
        self.ape_count += y.size if positive is None else int(positive.sum())

    def fields(self, n):
        mean = self.sum / n
        name = self.name
        return {
            f"mean{name}": mean,
            f"se{name}": ((self.sum_sq / n - mean * mean) / n) ** 0.5,
            f"ape{name}": self.ape_sum / self.ape_count,
            f"hist{name}": [int(v) for v in self.hist],
        }


def bin_index(np, pay, scale, out):
    """Histogram bin per payout; payouts are >= 0, so truncation is the floor."""
    np.multiply(pay, scale, out=out)
    np.minimum(out, BINS - 1, out=out)
    return out.astype(np.intp)


def run(np, trials, seed, chunk):
    median, sigma, quota = cells(np)
    rng = np.random.Generator(np.random.PCG64(seed))
    a, b = Tally("A"), Tally("B")
    joint = np.zeros(BINS * BINS, dtype=np.int64)
    z, y, pay, work = (np.empty((chunk, REPS * PERIODS)) for _ in range(4))

    start, cpu_start = time.perf_counter(), time.process_time()
    for first in range(0, trials, chunk):
        k = min(chunk, trials - first)
        zk, yk, pk, wk = z[:k], y[:k], pay[:k], work[:k]
        rng.standard_normal(out=zk)
        np.multiply(zk, sigma, out=yk)
        np.exp(yk, out=yk)
        yk *= median

        # Scheme A: t * max(0, Y - |Y - X|).
        np.subtract(yk, median, out=pk)
        np.abs(pk, out=pk)
        np.subtract(yk, pk, out=pk)
        np.maximum(pk, 0, out=pk)
        pk *= RATE
        a.add(pk, yk, median, wk)
        bins = bin_index(np, pk, BINS / TOP_A, wk)

        # Scheme B: pay * min(1, Y/Q) + e * max(0, Y - Q), on the same draws.
        np.divide(yk, quota, out=pk)
        np.minimum(pk, 1, out=pk)
        pk *= FIXED_PAY
        np.subtract(yk, quota, out=wk)
        np.maximum(wk, 0, out=wk)
        wk *= EXCESS_RATE
        pk += wk
        b.add(pk, yk, quota, wk)

        # One bincount over the joint bin (A, B) costs half of two separate ones.
        bins *= BINS
        bins += bin_index(np, pk, BINS / TOP_B, wk)
        joint += np.bincount(bins.ravel(), minlength=BINS * BINS)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start

    joint = joint.reshape(BINS, BINS)
    a.hist, b.hist = joint.sum(axis=1), joint.sum(axis=0)
    draws = trials * REPS * PERIODS
    result = {"impl": "numpy", "numpy": np.__version__, "trials": trials, "draws": draws}
    result.update(seconds=seconds, nsPerDraw=1e9 * seconds / draws, cpuNsPerDraw=1e9 * cpu / draws)
    result.update(a.fields(draws))
    result.update(b.fields(draws))
    result["seed"] = seed
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chunk", type=int, default=8)
    args = parser.parse_args()
    if args.trials < 1 or args.chunk < 1:
        parser.error("--trials and --chunk must be positive integers")

    # One core, as the engine's target is per core: BLAS threads (numpy's @ uses them) also
    # spin badly when the other core is busy, which slowed this baseline tenfold under load.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    try:
        import numpy
    except ImportError:
        print(json.dumps({"impl": "numpy", "skipped": "numpy is not installed"}))
        return 0

    print(json.dumps(run(numpy, args.trials, args.seed, min(args.chunk, args.trials))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
