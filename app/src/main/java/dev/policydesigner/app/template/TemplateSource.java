package dev.policydesigner.app.template;

import dev.policydesigner.model.derive.DerivedFile;

/** Writes the {@code .yaml.j2} text of a derived file. */
@FunctionalInterface
public interface TemplateSource {
  String write(DerivedFile file);
}
