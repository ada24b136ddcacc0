#!/usr/bin/env python3
"""scikit-learn KMeans (Lloyd and Elkan) on a float32 .npy from given initial rows, 2 threads.

usage: sklearn_kmeans.py x.npy seeds.txt ITERS [lloyd,elkan]
seeds.txt: the initial rows, one a line (`KMeansBench seeds N K`), so that both libraries start
from the same centroids. Prints `name seconds`, then the inertia and iteration count."""
import sys, time
import numpy as np
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

x = np.load(sys.argv[1], mmap_mode="r")
x = np.ascontiguousarray(x, dtype=np.float32)
seeds = np.loadtxt(sys.argv[2], dtype=np.int64)
iters = int(sys.argv[3])
algorithms = sys.argv[4].split(",") if len(sys.argv) > 4 else ["lloyd", "elkan"]
n, d = x.shape
with threadpool_limits(2):
    for algorithm in algorithms:
        km = KMeans(len(seeds), init=x[seeds], n_init=1, max_iter=iters, tol=0, algorithm=algorithm)
        t = time.perf_counter()
        km.fit(x)
        dt = time.perf_counter() - t
        print(f"sklearn_{algorithm}_kmeans_{n}_{d}_k{len(seeds)}_it{iters} {dt:.3f}", flush=True)
        print(f"  inertia {km.inertia_:.6f}, iterations {km.n_iter_}", flush=True)
