package org.coreset4j.scenes;

import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;

/**
 * A scene set on disk: {@code images/000000.png} (RGB), {@code masks/000000.png} (8-bit indexed
 * PNG whose index is the mask class and whose palette colours the classes: ground dark gray,
 * sphere red, cube green, cylinder blue), {@code depth.npy} (float32 [N, H, W]), {@code labels.npy}
 * (int32 [N, 3]) and {@code captions.jsonl} (one JSON object per scene: index, caption, objects).
 * A noisy set adds its ground truth, which nothing that selects reads: {@code corruption.npy}
 * (int32 [N, 2]: per scene the {@link CorruptionKind#code()} and the source scene, or -1) and
 * {@code corruption.json} (the options, the kind codes, the count per kind and, with a long tail,
 * each shape and colour combination's probability).
 */
public final class SceneFiles {
  public static final String IMAGES = "images";
  public static final String MASKS = "masks";
  public static final String DEPTH = "depth.npy";
  public static final String LABELS = "labels.npy";
  public static final String CAPTIONS = "captions.jsonl";
  public static final String CORRUPTION = "corruption.npy";
  public static final String CORRUPTION_META = "corruption.json";
  private static final int CHUNK = 64;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IndexColorModel MASK_COLORS = new IndexColorModel(8, 4,
      new byte[] {40, (byte) 230, 70, 60}, new byte[] {40, 80, (byte) 170, 110},
      new byte[] {40, 60, 70, (byte) 230});

  private SceneFiles() {}

  /**
   * Writes the set into {@code dir}, which must not exist or be empty. Files go to a sibling
   * directory first that is renamed to {@code dir} once complete, so a failure leaves no output.
   */
  public static void write(SceneSet set, Path dir, Parallel parallel) throws IOException {
    write(set, null, dir, parallel);
  }

  /**
   * Writes a noisy set as {@link #write(SceneSet, Path, Parallel)} does, with its ground truth
   * unless it is clean (then the files are those of a clean set).
   */
  public static void write(NoisySceneSet noisy, Path dir, Parallel parallel) throws IOException {
    write(noisy.scenes(), noisy.truth().corruption().isClean() ? null : noisy.truth(), dir, parallel);
  }

  private static void write(SceneSet set, GroundTruth truth, Path dir, Parallel parallel) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      throw new InvalidInputException("--out " + dir + ": exists and is not an empty directory; choose a new one");
    }
    Path tmp = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
    deleteRecursively(tmp);
    try {
      writeInto(set, tmp, parallel);
      if (truth != null) {
        writeTruth(truth, tmp);
      }
      Files.deleteIfExists(target);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteRecursively(tmp);
      throw e;
    }
  }

  private static void writeInto(SceneSet set, Path dir, Parallel parallel) throws IOException {
    Files.createDirectories(dir.resolve(IMAGES));
    Files.createDirectories(dir.resolve(MASKS));
    int n = set.count();
    int s = set.size();
    parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
      try {
        for (int i = from; i < to; i++) {
          ImageIO.write(rgbImage(set, i), "png", dir.resolve(IMAGES).resolve(fileName(i)).toFile());
          ImageIO.write(maskImage(set, i), "png", dir.resolve(MASKS).resolve(fileName(i)).toFile());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    NpyWriter.write(dir.resolve(DEPTH), new NdArray(set.depth(), new long[] {n, s, s}));
    NpyWriter.write(dir.resolve(LABELS), new NdArray(set.labels(), new long[] {n, 3}));
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(CAPTIONS))) {
      for (int i = 0; i < n; i++) {
        out.write(JSON.writeValueAsString(captionJson(i, set.captions().get(i), set.objects().get(i))));
        out.write('\n');
      }
    }
  }

  private static void writeTruth(GroundTruth truth, Path dir) throws IOException {
    int n = truth.kinds().length;
    int[] rows = new int[2 * n];
    for (int i = 0; i < n; i++) {
      rows[2 * i] = truth.kinds()[i];
      rows[2 * i + 1] = truth.sources()[i];
    }
    NpyWriter.write(dir.resolve(CORRUPTION), new NdArray(rows, new long[] {n, 2}));
    Corruption c = truth.corruption();
    ObjectNode meta = JSON.createObjectNode();
    ObjectNode options = meta.putObject("options");
    options.put("misaligned", c.misaligned()).put("wrong_attribute", c.wrongAttribute())
        .put("near_duplicates", c.nearDuplicates()).put("duplicates", c.duplicates())
        .put("low_quality", c.lowQuality()).put("long_tail", c.longTail());
    ObjectNode codes = meta.putObject("codes");
    ObjectNode counts = meta.putObject("counts");
    int[] perKind = truth.counts();
    for (CorruptionKind kind : CorruptionKind.values()) {
      codes.put(kind.word(), kind.code());
      counts.put(kind.word(), perKind[kind.ordinal()]);
    }
    if (truth.conceptProbabilities() != null) {
      ArrayNode concepts = meta.putArray("concepts");
      double[] p = truth.conceptProbabilities();
      for (int concept = 0; concept < p.length; concept++) {
        concepts.addObject().put("shape", Concepts.shape(concept).word())
            .put("color", Concepts.color(concept).word()).put("probability", p[concept]);
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(CORRUPTION_META).toFile(), meta);
  }

  /** The file name of scene i inside {@code images/} and {@code masks/}. */
  public static String fileName(int i) {
    return String.format(Locale.ROOT, "%06d.png", i);
  }

  /** Scene i as an RGB image. */
  public static BufferedImage rgbImage(SceneSet set, int i) {
    int s = set.size();
    BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    int base = 3 * i * s * s;
    for (int p = 0; p < s * s; p++) {
      bgr[3 * p] = set.rgb()[base + 3 * p + 2];
      bgr[3 * p + 1] = set.rgb()[base + 3 * p + 1];
      bgr[3 * p + 2] = set.rgb()[base + 3 * p];
    }
    return img;
  }

  /** The mask of scene i as an indexed image whose pixel values are the mask classes. */
  public static BufferedImage maskImage(SceneSet set, int i) {
    int s = set.size();
    BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_BYTE_INDEXED, MASK_COLORS);
    byte[] idx = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    System.arraycopy(set.mask(), i * s * s, idx, 0, s * s);
    return img;
  }

  private static ObjectNode captionJson(int index, String caption, List<SceneObject> objects) {
    ObjectNode node = JSON.createObjectNode();
    node.put("index", index);
    node.put("caption", caption);
    ArrayNode list = node.putArray("objects");
    for (SceneObject o : objects) {
      list.addObject().put("shape", o.shape().word()).put("color", o.color().word())
          .put("material", o.material().word()).put("size", o.size().word())
          .put("x", o.x()).put("z", o.z()).put("angle", o.angle());
    }
    return node;
  }

  /** Reads a set written by {@link #write}. */
  public static SceneSet read(Path dir, Parallel parallel) throws IOException {
    Path captionsFile = dir.resolve(CAPTIONS);
    if (!Files.isRegularFile(captionsFile)) {
      throw new InvalidInputException("--scenes " + dir + ": no " + CAPTIONS + "; expected a directory written by 'coreset scenes'");
    }
    List<String> captions = new ArrayList<>();
    List<List<SceneObject>> objects = new ArrayList<>();
    try (Stream<String> lines = Files.lines(captionsFile)) {
      for (String line : (Iterable<String>) lines::iterator) {
        JsonNode node = JSON.readTree(line);
        captions.add(node.get("caption").asText());
        List<SceneObject> scene = new ArrayList<>();
        node.get("objects").forEach(o -> scene.add(objectOf(o)));
        objects.add(scene);
      }
    }
    int n = captions.size();
    if (n == 0) {
      throw new InvalidInputException("--scenes " + dir + ": " + CAPTIONS + " is empty");
    }
    int s = readImage(dir.resolve(IMAGES).resolve(fileName(0))).getWidth();
    byte[] rgb = new byte[3 * n * s * s];
    byte[] mask = new byte[n * s * s];
    parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        copyRgb(readImage(dir.resolve(IMAGES).resolve(fileName(i))), s, rgb, 3 * i * s * s);
        copyMask(readImage(dir.resolve(MASKS).resolve(fileName(i))), s, mask, i * s * s);
      }
    });
    float[] depth = readArray(dir.resolve(DEPTH), n, s, s);
    float[] labelValues = readArray(dir.resolve(LABELS), n, 3);
    int[] labels = new int[labelValues.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = Math.round(labelValues[i]);
    }
    return new SceneSet(s, rgb, mask, depth, labels, captions, objects);
  }

  /** An array file that must have exactly this shape, as float32 values. */
  private static float[] readArray(Path file, long... shape) {
    try (Tensor t = Tensors.open(file, null)) {
      if (!java.util.Arrays.equals(t.shape(), shape)) {
        throw new InvalidInputException(file + " has shape " + Tensors.shapeString(t.shape()) + "; expected "
            + Tensors.shapeString(shape));
      }
      return Tensors.readMatrix(t).toArray();
    }
  }

  private static SceneObject objectOf(JsonNode o) {
    return new SceneObject(
        Shape.valueOf(o.get("shape").asText().toUpperCase(Locale.ROOT)),
        ObjectColor.valueOf(o.get("color").asText().toUpperCase(Locale.ROOT)),
        Material.valueOf(o.get("material").asText().toUpperCase(Locale.ROOT)),
        ObjectSize.valueOf(o.get("size").asText().toUpperCase(Locale.ROOT)),
        o.get("x").asDouble(), o.get("z").asDouble(), o.get("angle").asDouble());
  }

  private static BufferedImage readImage(Path file) {
    try {
      BufferedImage img = ImageIO.read(file.toFile());
      if (img == null) {
        throw new InvalidInputException(file + ": not a readable image");
      }
      return img;
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": missing", e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static void copyRgb(BufferedImage img, int s, byte[] rgb, int offset) {
    checkSize(img, s);
    int[] pixels = img.getRGB(0, 0, s, s, null, 0, s);
    for (int p = 0; p < s * s; p++) {
      rgb[offset + 3 * p] = (byte) (pixels[p] >> 16);
      rgb[offset + 3 * p + 1] = (byte) (pixels[p] >> 8);
      rgb[offset + 3 * p + 2] = (byte) pixels[p];
    }
  }

  private static void copyMask(BufferedImage img, int s, byte[] mask, int offset) {
    checkSize(img, s);
    int[] classes = img.getRaster().getSamples(0, 0, s, s, 0, (int[]) null);
    for (int p = 0; p < s * s; p++) {
      mask[offset + p] = (byte) classes[p];
    }
  }

  private static void checkSize(BufferedImage img, int s) {
    if (img.getWidth() != s || img.getHeight() != s) {
      throw new InvalidInputException("scene images must all be " + s + " x " + s + ", found "
          + img.getWidth() + " x " + img.getHeight());
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
