package dev.policydesigner.export.plan;

import dev.policydesigner.model.derive.DerivedFile;

/**
 * Where the exporter gets a template's text from; the template writer's {@code write} method fits
 * ({@code writer::write}).
 */
@FunctionalInterface
public interface TemplateSource {
  /** The {@code .yaml.j2} text of the file, without the generated marker. */
  String text(DerivedFile file);
}
