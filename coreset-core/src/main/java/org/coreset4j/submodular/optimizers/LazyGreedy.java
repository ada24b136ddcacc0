package org.coreset4j.submodular.optimizers;

import org.coreset4j.submodular.objectives.Objective;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Lazy (accelerated) greedy (Minoux 1978): stale gains are upper bounds when gains never
 * increase, so only the head of a max-heap ordered by (bound descending, index ascending) is
 * re-evaluated until the head is fresh. The head then beats every other candidate's true gain with
 * the same tie rule, so the picks and gains equal {@link NaiveGreedy}'s. Objectives without
 * diminishing returns are handed to naive greedy.
 */
public final class LazyGreedy implements Optimizer {
  @Override
  public Result maximize(Objective f, int k, Parallel parallel, Progress progress) {
    if (!f.diminishingReturns()) {
      return new NaiveGreedy().maximize(f, k, parallel, progress);
    }
    int n = f.size();
    double[] initial = new double[n];
    parallel.forChunks(n, NaiveGreedy.CHUNK, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        initial[i] = f.gain(i);
      }
    });
    BoundHeap heap = new BoundHeap(n);
    for (int i = 0; i < n; i++) {
      heap.push(initial[i], i, 0);
    }
    int[] order = new int[k];
    double[] gains = new double[k];
    progress.start("lazy greedy", k);
    for (int t = 0; t < k; t++) {
      while (heap.topStamp() != t) {
        int x = heap.topIndex();
        heap.pop();
        heap.push(f.gain(x), x, t);
      }
      order[t] = heap.topIndex();
      gains[t] = heap.topValue();
      heap.pop();
      f.add(order[t]);
      progress.advance(1);
    }
    progress.finish();
    return new Result(order, gains);
  }

  /** A binary max-heap of (value, index, stamp) ordered by value descending, then index ascending. */
  static final class BoundHeap {
    private final double[] value;
    private final int[] index;
    private final int[] stamp;
    private int size;

    BoundHeap(int capacity) {
      value = new double[capacity];
      index = new int[capacity];
      stamp = new int[capacity];
    }

    double topValue() {
      return value[0];
    }

    int topIndex() {
      return index[0];
    }

    int topStamp() {
      return stamp[0];
    }

    void push(double v, int i, int s) {
      int c = size++;
      set(c, v, i, s);
      while (c > 0) {
        int p = (c - 1) / 2;
        if (!before(c, p)) {
          break;
        }
        swap(c, p);
        c = p;
      }
    }

    void pop() {
      size--;
      set(0, value[size], index[size], stamp[size]);
      int c = 0;
      while (true) {
        int l = 2 * c + 1;
        int r = l + 1;
        int m = c;
        if (l < size && before(l, m)) m = l;
        if (r < size && before(r, m)) m = r;
        if (m == c) {
          return;
        }
        swap(c, m);
        c = m;
      }
    }

    private boolean before(int a, int b) {
      return value[a] > value[b] || (value[a] == value[b] && index[a] < index[b]);
    }

    private void set(int c, double v, int i, int s) {
      value[c] = v;
      index[c] = i;
      stamp[c] = s;
    }

    private void swap(int a, int b) {
      double v = value[a];
      int i = index[a];
      int s = stamp[a];
      set(a, value[b], index[b], stamp[b]);
      set(b, v, i, s);
    }
  }
}
