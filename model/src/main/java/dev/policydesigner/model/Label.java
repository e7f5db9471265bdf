package dev.policydesigner.model;

import java.util.Objects;

/** One selector label {@code key: value} of a workload. */
public record Label(String key, String value) {
  public Label {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
