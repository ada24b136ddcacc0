package org.coreset4j.report;

/** Escaping for text placed in HTML and for script bodies inlined into a page. */
final class Html {
  private Html() {}

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A script body that cannot close its {@code <script>} element early. */
  static String scriptSafe(String s) {
    return s.replace("</", "<\\/");
  }
}
