package org.coreset4j.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.coreset4j.util.ColumnSums;

/**
 * Column means and inverse population standard deviations of every modality column, for
 * {@code --normalize standard}, computed as {@code coreset select} computes them (two passes: the
 * values, then the squared deviations from the means, summed in float64 by {@link ColumnSums}),
 * with the partitions' sums added by {@code treeReduce}. Only the order of the additions differs
 * from one machine, so the statistics can differ in their last bits.
 */
record StandardStats(double[][] mean, double[][] inverseStd) implements Serializable {
  static StandardStats of(JavaRDD<InternalRow> rows, ColumnReader reader, int[] widths, long n) {
    int count = Math.toIntExact(n);
    double[][] mean = sums(rows, reader, widths, null);
    for (double[] m : mean) {
      ColumnSums.divide(m, count);
    }
    double[][] squares = sums(rows, reader, widths, mean);
    double[][] inverse = new double[squares.length][];
    for (int m = 0; m < squares.length; m++) {
      inverse[m] = ColumnSums.inverseStd(squares[m], count);
    }
    return new StandardStats(mean, inverse);
  }

  /** Per modality, the column sums of the vectors, or of their squared deviations from {@code center}. */
  private static double[][] sums(JavaRDD<InternalRow> rows, ColumnReader reader, int[] widths, double[][] center) {
    return rows.mapPartitions(it -> {
      double[][] s = new double[widths.length][];
      for (int m = 0; m < widths.length; m++) {
        s[m] = new double[widths[m]];
      }
      while (it.hasNext()) {
        InternalRow row = it.next();
        for (int m = 0; m < widths.length; m++) {
          ColumnSums.add(reader.vector(row, m), center == null ? null : center[m], s[m]);
        }
      }
      return List.<double[][]>of(s).iterator();
    }).treeReduce(StandardStats::add);
  }

  private static double[][] add(double[][] a, double[][] b) {
    for (int m = 0; m < a.length; m++) {
      for (int j = 0; j < a[m].length; j++) {
        a[m][j] += b[m][j];
      }
    }
    return a;
  }
}
