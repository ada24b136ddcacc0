package org.coreset4j.report;

import java.util.Arrays;
import org.coreset4j.util.InvalidInputException;

/** A picture of one selected sample (PNG bytes) with its caption. */
public record Thumbnail(int index, String caption, byte[] png) {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public Thumbnail {
    if (png.length < PNG_SIGNATURE.length || !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
      throw new InvalidInputException("thumbnail of sample " + index + " is not a PNG image");
    }
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }
}
