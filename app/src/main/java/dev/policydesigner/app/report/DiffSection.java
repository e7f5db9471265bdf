package dev.policydesigner.app.report;

import dev.policydesigner.model.engine.ConnectivityDiff;
import dev.policydesigner.model.engine.Mode;

/**
 * The connection changes of one mode and value set.
 *
 * @param mode audit or enforce
 * @param valueSet the values the checkouts were rendered with, as named in the output
 * @param diff what changed
 */
public record DiffSection(Mode mode, String valueSet, ConnectivityDiff diff) {}
