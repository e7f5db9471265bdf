package dev.policydesigner.model.observe;

import java.util.Locale;

/** Hubble's {@code traffic_direction}: seen from the endpoint where the flow was observed. */
public enum TrafficDirection {
  INGRESS,
  EGRESS,
  UNKNOWN;

  /** Parses {@code INGRESS} / {@code EGRESS}; anything else is {@link #UNKNOWN}. */
  public static TrafficDirection parse(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    return t.equals("INGRESS") ? INGRESS : t.equals("EGRESS") ? EGRESS : UNKNOWN;
  }
}
