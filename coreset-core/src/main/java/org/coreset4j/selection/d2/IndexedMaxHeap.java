package org.coreset4j.selection.d2;

/**
 * A max-heap over the items 0..n-1 keyed by float64, ties to the lower item, whose keys can be
 * changed in O(log n) while the item is in the heap.
 */
final class IndexedMaxHeap {
  private final double[] key;
  private final int[] heap;
  private final int[] position;
  private int size;

  IndexedMaxHeap(double[] keys) {
    int n = keys.length;
    key = keys.clone();
    heap = new int[n];
    position = new int[n];
    for (int i = 0; i < n; i++) {
      heap[i] = i;
      position[i] = i;
    }
    size = n;
    for (int i = n / 2 - 1; i >= 0; i--) {
      down(i);
    }
  }

  boolean contains(int item) {
    return position[item] >= 0;
  }

  double key(int item) {
    return key[item];
  }

  /** Removes and returns the item with the largest key (lowest item among equals). */
  int pop() {
    int top = heap[0];
    move(heap[--size], 0);
    position[top] = -1;
    if (size > 0) {
      down(0);
    }
    return top;
  }

  void update(int item, double newKey) {
    double old = key[item];
    key[item] = newKey;
    if (above(item, old)) {
      down(position[item]);
    } else {
      up(position[item]);
    }
  }

  /** Whether item's previous key placed it above its new one (the key fell). */
  private boolean above(int item, double old) {
    return old > key[item];
  }

  private boolean before(int a, int b) {
    return key[a] > key[b] || (key[a] == key[b] && a < b);
  }

  private void up(int p) {
    int item = heap[p];
    while (p > 0) {
      int parent = (p - 1) / 2;
      if (!before(item, heap[parent])) {
        break;
      }
      move(heap[parent], p);
      p = parent;
    }
    move(item, p);
  }

  private void down(int p) {
    int item = heap[p];
    while (true) {
      int child = 2 * p + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], item)) {
        break;
      }
      move(heap[child], p);
      p = child;
    }
    move(item, p);
  }

  private void move(int item, int p) {
    heap[p] = item;
    position[item] = p;
  }
}
