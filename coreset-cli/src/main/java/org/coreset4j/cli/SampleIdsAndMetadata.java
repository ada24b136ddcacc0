package org.coreset4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.io.IdReaders;
import org.coreset4j.io.Metadata;
import org.coreset4j.io.SampleIds;
import org.coreset4j.io.TableColumn;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.util.InvalidInputException;

/**
 * The ids ({@code --ids}) and metadata ({@code --metadata}, {@code --keep-columns}) of a selection,
 * read and checked against the first input's rows before any selection work, so that a bad id file
 * fails in seconds rather than after the selection.
 */
record SampleIdsAndMetadata(InputRef idsRef, SampleIds ids, Path metadataPath, Metadata metadata, List<String> keep) {
  static SampleIdsAndMetadata open(InputRef first, InputRef idsRef, Path metadataPath, List<String> keep) {
    if (idsRef == null && metadataPath == null) {
      return new SampleIdsAndMetadata(null, null, null, null, List.of());
    }
    try (Tensor t = Tensors.open(first.path(), first.key())) {
      String label = "--input " + first;
      SampleIds ids = null;
      if (idsRef != null) {
        ids = IdReaders.read(idsRef.path(), idsRef.key());
        if (ids.size() != t.rows()) {
          throw new InvalidInputException("--ids " + idsRef.file() + " holds " + ids.size() + " ids but " + label
              + " has " + t.rows() + " rows; give one id per sample");
        }
        ids.requireUnique("--ids " + idsRef.file());
      }
      Metadata metadata = null;
      if (metadataPath != null) {
        metadata = Metadata.open(metadataPath, "--metadata");
        metadata.requireAligned(t, label);
        metadata.requireColumns(keep);
      }
      return new SampleIdsAndMetadata(idsRef, ids, metadataPath, metadata, List.copyOf(keep));
    }
  }

  /** The kept metadata columns of the selected rows (ascending), or none. */
  List<TableColumn> kept(int[] rows) {
    return metadata == null || keep.isEmpty() ? List.of() : metadata.read(keep, rows);
  }

  /** The manifest with these options added: layout, ids (and their type), metadata and kept columns. */
  Manifest describe(Manifest m, String layout) {
    Map<String, Object> extra = new LinkedHashMap<>();
    if (layout != null) {
      extra.put("layout", layout);
    }
    if (ids != null) {
      extra.put("ids", idsRef.file());
      extra.put("id_type", ids.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (metadataPath != null) {
      extra.put("metadata", metadataPath.toString());
      extra.put("keep_columns", keep);
    }
    return m.withOptions(extra);
  }
}
