package dev.policydesigner.app.matrix;

/**
 * One pair of the connectivity matrix.
 *
 * @param from the source, as named in the matrix
 * @param to the destination
 * @param ports the ports allowed, e.g. {@code 9000/TCP} or {@code any}
 * @param everyPort whether every port of every protocol is allowed (no policy restricts the pair)
 */
public record MatrixRow(String from, String to, String ports, boolean everyPort) {
  /** Whether any column contains {@code text}, ignoring case. */
  public boolean mentions(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return from.toLowerCase(java.util.Locale.ROOT).contains(t)
        || to.toLowerCase(java.util.Locale.ROOT).contains(t)
        || ports.toLowerCase(java.util.Locale.ROOT).contains(t);
  }
}
