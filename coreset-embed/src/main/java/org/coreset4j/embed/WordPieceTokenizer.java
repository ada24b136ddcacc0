package org.coreset4j.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.util.InvalidInputException;

/**
 * The BERT WordPiece tokenizer of a HuggingFace {@code tokenizer.json} whose model type is
 * WordPiece: BertNormalizer (clean text, space around CJK characters, lowercase, strip accents),
 * BertPreTokenizer (split on whitespace and around punctuation), greedy longest-match-first
 * WordPiece with the continuing-subword prefix, then [CLS] ... [SEP], truncated to the file's
 * truncation length (512 when it has none).
 */
public final class WordPieceTokenizer {
  private static final int DEFAULT_MAX_LENGTH = 512;

  private final Map<String, Integer> vocab;
  private final String prefix;
  private final int maxCharsPerWord;
  private final int unk;
  private final int cls;
  private final int sep;
  private final int pad;
  private final boolean lowercase;
  private final boolean stripAccents;
  private final int maxLength;

  private WordPieceTokenizer(JsonNode root, String source) {
    JsonNode model = root.path("model");
    if (!"WordPiece".equals(model.path("type").asText())) {
      throw new InvalidInputException(source + ": tokenizer model type '" + model.path("type").asText()
          + "' is not supported; only WordPiece tokenizer.json files are");
    }
    vocab = new HashMap<>();
    model.path("vocab").properties().forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
    prefix = model.path("continuing_subword_prefix").asText("##");
    maxCharsPerWord = model.path("max_input_chars_per_word").asInt(100);
    unk = id(model.path("unk_token").asText("[UNK]"), source);
    cls = id("[CLS]", source);
    sep = id("[SEP]", source);
    pad = root.path("padding").path("pad_id").asInt(vocab.getOrDefault("[PAD]", 0));
    JsonNode norm = root.path("normalizer");
    lowercase = norm.path("lowercase").asBoolean(true);
    stripAccents = norm.path("strip_accents").isNull() || norm.path("strip_accents").isMissingNode()
        ? lowercase : norm.path("strip_accents").asBoolean();
    maxLength = root.path("truncation").path("max_length").asInt(DEFAULT_MAX_LENGTH);
  }

  /** Reads a tokenizer.json; {@code source} names it in error messages. */
  public static WordPieceTokenizer fromJson(InputStream in, String source) {
    try {
      return new WordPieceTokenizer(new ObjectMapper().readTree(in), source);
    } catch (IOException e) {
      throw new InvalidInputException(source + ": not a readable tokenizer.json (" + e.getMessage() + ")", e);
    }
  }

  private int id(String token, String source) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new InvalidInputException(source + ": vocabulary has no " + token + " token");
    }
    return id;
  }

  /** The id used to pad sequences of a batch to equal length. */
  public int padId() {
    return pad;
  }

  /** Token ids of one text: [CLS], its word pieces, [SEP]; at most the truncation length. */
  public int[] encode(String text) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    for (String word : preTokenize(normalize(text))) {
      wordPieces(word, ids);
    }
    int keep = Math.min(ids.size(), maxLength - 1);
    int[] out = new int[keep + 1];
    for (int i = 0; i < keep; i++) {
      out[i] = ids.get(i);
    }
    out[keep] = sep;
    return out;
  }

  private String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      if (c == 0 || c == 0xFFFD || (isControl(c) && !Character.isWhitespace(c))) {
        return;
      }
      if (isCjk(c)) {
        sb.append(' ').appendCodePoint(c).append(' ');
      } else {
        sb.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
      }
    });
    String s = sb.toString();
    if (lowercase) {
      s = s.toLowerCase(java.util.Locale.ROOT);
    }
    if (stripAccents) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }
    return s;
  }

  private static List<String> preTokenize(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c == ' ' || isPunctuation(c)) {
        if (!current.isEmpty()) {
          words.add(current.toString());
          current.setLength(0);
        }
        if (c != ' ') {
          words.add(new String(Character.toChars(c)));
        }
      } else {
        current.appendCodePoint(c);
      }
    });
    if (!current.isEmpty()) {
      words.add(current.toString());
    }
    return words;
  }

  /** Greedy longest-match-first split of one word; the whole word is [UNK] if any part is unknown. */
  private void wordPieces(String word, List<Integer> out) {
    if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
      out.add(unk);
      return;
    }
    List<Integer> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      Integer found = null;
      int end = word.length();
      while (end > start) {
        String piece = (start > 0 ? prefix : "") + word.substring(start, end);
        found = vocab.get(piece);
        if (found != null) {
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (found == null) {
        out.add(unk);
        return;
      }
      pieces.add(found);
      start = end;
    }
    out.addAll(pieces);
  }

  private static boolean isControl(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
