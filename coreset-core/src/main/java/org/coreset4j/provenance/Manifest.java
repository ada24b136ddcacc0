package org.coreset4j.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.coreset4j.io.FileHashes;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.TensorInfo;
import org.coreset4j.io.Tensors;
import org.coreset4j.kernels.Vectors;

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

  /** One input array. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Input(String name, String path, String key, long[] shape, String dtype, long sizeBytes, String sha256) {
    /** An open input array described and its file hashed. */
    public static Input of(String name, Tensor t) {
      TensorInfo info = Tensors.describe(t);
      return new Input(name, String.valueOf(info.path()), info.key(), info.shape(), info.dtypeName(), info.fileSize(),
          FileHashes.sha256(info.path()));
    }
  }

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
