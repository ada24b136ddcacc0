package org.coreset4j.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.coreset4j.io.FileHashes;
import org.coreset4j.io.ShardedTensor;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.TensorInfo;
import org.coreset4j.io.Tensors;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * How a result was made: the configured options (as given, before any derived values), what was
 * derived from them, every input with its SHA-256, the software and machine, counts, the wall time
 * of each stage and the peak memory. Written as JSON next to every output; a selection can be
 * rebuilt from its manifest ({@code options} replayed on the same inputs gives the same indices).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
    int schemaVersion,
    String command,
    Map<String, Object> options,
    Map<String, Object> derived,
    List<Input> inputs,
    Software software,
    Map<String, Object> counts,
    Map<String, Double> stageSeconds,
    PeakMemory peakMemory) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * One input array: its file, or its shards in order with a digest of theirs. {@code sha256} is
   * the file's SHA-256 with {@code --hash sha256} (for shards: the SHA-256 of the shards' digests,
   * one hex line each); {@code quickSha256} takes its place with {@code --hash quick}
   * ({@link FileHashes#quick}); with {@code --hash none} neither is given.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Input(String name, String path, String key, long[] shape, String dtype, long sizeBytes, String sha256,
      String quickSha256, List<Shard> shards) {
    /** An open input array described and its file hashed in full. */
    public static Input of(String name, Tensor t) {
      return of(name, t, FileHashes.Mode.SHA256, new Parallel(1));
    }

    /** An open input array described and its file or shards hashed as {@code mode} says, shards in parallel. */
    public static Input of(String name, Tensor t, FileHashes.Mode mode, Parallel parallel) {
      TensorInfo info = Tensors.describe(t);
      String path = String.valueOf(info.path());
      if (!(t instanceof ShardedTensor sharded)) {
        String hash = hash(info.path(), mode);
        return new Input(name, path, info.key(), info.shape(), info.dtypeName(), info.fileSize(),
            mode == FileHashes.Mode.SHA256 ? hash : null, mode == FileHashes.Mode.QUICK ? hash : null, null);
      }
      List<Tensor> parts = sharded.shards();
      Shard[] shards = new Shard[parts.size()];
      parallel.forChunks(parts.size(), 1, (chunk, from, to) -> {
        Tensor p = parts.get(from);
        shards[from] = new Shard(String.valueOf(p.path()), p.rows(), p.fileSize(), hash(p.path(), mode));
      });
      String digest = mode == FileHashes.Mode.NONE ? null
          : FileHashes.ofLines(java.util.Arrays.stream(shards).map(Shard::hash).toList());
      return new Input(name, path, info.key(), info.shape(), info.dtypeName(), info.fileSize(),
          mode == FileHashes.Mode.SHA256 ? digest : null, mode == FileHashes.Mode.QUICK ? digest : null,
          List.of(shards));
    }

    private static String hash(java.nio.file.Path file, FileHashes.Mode mode) {
      return switch (mode) {
        case SHA256 -> FileHashes.sha256(file);
        case QUICK -> FileHashes.quick(file);
        case NONE -> null;
      };
    }
  }

  /** One shard of an input: its file, rows, size and hash (of the input's {@code --hash} mode). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Shard(String path, long rows, long sizeBytes, String hash) {}

  /** The software that made the result. */
  public record Software(String tool, String version, String java, String os, String kernels) {
    public static Software current() {
      return new Software("coreset4j", CoresetVersion.VERSION,
          Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
          System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
          Vectors.implementation());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** This manifest with {@code extra} added to its options (after the existing ones). */
  public Manifest withOptions(Map<String, Object> extra) {
    Map<String, Object> all = new java.util.LinkedHashMap<>(options);
    all.putAll(extra);
    return new Manifest(schemaVersion, command, all, derived, inputs, software, counts, stageSeconds, peakMemory);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the manifest", e);
    }
  }

  public static Manifest fromJson(String json) {
    try {
      return JSON.readValue(json, Manifest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new org.coreset4j.util.InvalidInputException("not a coreset4j manifest: " + e.getOriginalMessage());
    }
  }
}
