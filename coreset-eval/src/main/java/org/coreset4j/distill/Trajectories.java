package org.coreset4j.distill;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.io.AtomicOutput;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;

/**
 * Expert trajectories: for each expert, the heads after every epoch 0..epochs as one float32 row
 * (W_I then W_T, row-major; with {@code headRank} r > 0 the factors B_I, A_I, B_T, A_T of
 * {@link LowRank}). Saved as {@code expert-K.npy} ((epochs + 1) x P, float32) plus
 * {@code trajectories.json}, which holds the fingerprint of the training data and the expert settings;
 * loading checks it so trajectories are never matched against other data.
 */
public record Trajectories(TrajectoryInfo info, List<float[]> experts) {
  static final String INFO_FILE = "trajectories.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the trajectories were trained on and how. */
  public record TrajectoryInfo(String dataSha256, int rows, int imageDim, int textDim, int experts, int epochs,
      int headDim, double temperature, double learningRate, int batch, int headRank) {
    int paramCount() {
      return headRank == 0 ? headDim * (imageDim + textDim) : LowRank.paramCount(headDim, imageDim, textDim, headRank);
    }
  }

  public Trajectories {
    experts = List.copyOf(experts);
  }

  /** Expert {@code expert}'s heads after {@code epoch} epochs. */
  Heads at(int expert, int epoch) {
    int p = info.paramCount();
    float[] row = experts.get(expert);
    double[] params = new double[p];
    for (int i = 0; i < p; i++) {
      params[i] = row[epoch * p + i];
    }
    return Heads.of(params, info.headDim(), info.imageDim(), info.textDim(), info.temperature(), info.headRank());
  }

  /** Writes the trajectories into {@code dir} (created if missing), each file atomically. */
  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      long[] shape = {info.epochs() + 1, info.paramCount()};
      for (int e = 0; e < experts.size(); e++) {
        NpyWriter.write(dir.resolve(expertFile(e)), new NdArray(experts.get(e), shape));
      }
      byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info);
      AtomicOutput.write(dir.resolve(INFO_FILE), out -> out.write(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write trajectories to " + dir, e);
    }
  }

  /** The files {@link #save} writes for {@code experts} experts. */
  public static List<String> fileNames(int experts) {
    List<String> names = new ArrayList<>();
    for (int e = 0; e < experts; e++) {
      names.add(expertFile(e));
    }
    names.add(INFO_FILE);
    return names;
  }

  private static String expertFile(int expert) {
    return "expert-" + expert + ".npy";
  }

  /** True when {@code dir} holds saved trajectories. */
  public static boolean existIn(Path dir) {
    return Files.isRegularFile(dir.resolve(INFO_FILE));
  }

  /** Loads trajectories saved in {@code dir}; they must have been made with {@code expected} (same data, settings). */
  public static Trajectories load(Path dir, TrajectoryInfo expected) {
    TrajectoryInfo info;
    try {
      info = JSON.readValue(Files.readString(dir.resolve(INFO_FILE), StandardCharsets.UTF_8), TrajectoryInfo.class);
    } catch (IOException e) {
      throw new InvalidInputException("--trajectories " + dir + ": cannot read " + INFO_FILE + " (" + e.getMessage()
          .lines().findFirst().orElse("") + ")");
    }
    if (!info.dataSha256().equals(expected.dataSha256())) {
      throw new InvalidInputException("--trajectories " + dir + " was trained on other data (fingerprint "
          + info.dataSha256().substring(0, 12) + ", these inputs " + expected.dataSha256().substring(0, 12) + ")");
    }
    if (!info.equals(expected)) {
      throw new InvalidInputException("--trajectories " + dir + " was trained with other expert settings (" + info
          + "); expected " + expected);
    }
    List<float[]> experts = new ArrayList<>();
    for (int e = 0; e < info.experts(); e++) {
      Path file = dir.resolve(expertFile(e));
      try (Tensor t = Tensors.open(file, null)) {
        FloatMatrix m = Tensors.readMatrix(t);
        if (m.rows() != info.epochs() + 1 || m.cols() != info.paramCount()) {
          throw new InvalidInputException("--trajectories " + file + " has shape (" + m.rows() + ", " + m.cols()
              + "); expected (" + (info.epochs() + 1) + ", " + info.paramCount() + ")");
        }
        experts.add(m.toArray());
      }
    }
    return new Trajectories(info, experts);
  }
}
