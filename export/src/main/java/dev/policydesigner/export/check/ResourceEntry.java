package dev.policydesigner.export.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One list item of a kustomization template that names a local file, e.g. {@code - ./x.yaml}.
 *
 * @param name the file as written without {@code ./}, e.g. {@code x.yaml}
 * @param line the 1-based line of the item in the template
 */
record ResourceEntry(String name, int line) {
  private static final Pattern ITEM =
      Pattern.compile("^\\s*-\\s+[\"']?(?:\\./)?([A-Za-z0-9._/-]+\\.ya?ml)[\"']?\\s*(#.*)?$");
  private static final Pattern RESOURCES = Pattern.compile("^\\s*resources:\\s*(#.*)?$");

  /** The entry as it is listed: {@code ./x.yaml}. */
  String listed() {
    return "./" + name;
  }

  /** Whether the line lists this file (rendered or not). */
  boolean isListedBy(String line) {
    Matcher m = ITEM.matcher(line);
    return m.matches() && m.group(1).equals(name);
  }

  /** The local file entries of a kustomization template, in order. */
  static List<ResourceEntry> of(String kustomization) {
    List<ResourceEntry> entries = new ArrayList<>();
    String[] lines = kustomization.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ITEM.matcher(lines[i]);
      if (m.matches() && !m.group(1).contains("..")) {
        entries.add(new ResourceEntry(m.group(1), i + 1));
      }
    }
    return entries;
  }

  /** The 1-based line of the first {@code resources:} key, or 1 when there is none. */
  static int resourcesLine(String kustomization) {
    String[] lines = kustomization.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (RESOURCES.matcher(lines[i]).matches()) {
        return i + 1;
      }
    }
    return 1;
  }
}
