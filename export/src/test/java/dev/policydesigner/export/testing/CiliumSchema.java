package dev.policydesigner.export.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates rendered documents against the CiliumNetworkPolicy schema ({@code
 * schemas/ciliumnetworkpolicy_v2.json}, which declares no {@code $schema}: read as draft 7), or the
 * CiliumClusterwideNetworkPolicy schema ({@link #loadClusterwide()}).
 */
public final class CiliumSchema {
  private static CiliumSchema instance;
  private static CiliumSchema clusterwide;

  private final JsonSchema schema;
  private final String kind;

  private CiliumSchema(JsonSchema schema, String kind) {
    this.schema = schema;
    this.kind = kind;
  }

  /** The CiliumNetworkPolicy schema, loaded once. */
  public static synchronized CiliumSchema load() {
    if (instance == null) {
      instance = read("schemas/ciliumnetworkpolicy_v2.json", "CiliumNetworkPolicy");
    }
    return instance;
  }

  /** The CiliumClusterwideNetworkPolicy schema, loaded once. */
  public static synchronized CiliumSchema loadClusterwide() {
    if (clusterwide == null) {
      clusterwide =
          read("schemas/ciliumclusterwidenetworkpolicy_v2.json", "CiliumClusterwideNetworkPolicy");
    }
    return clusterwide;
  }

  private static CiliumSchema read(String file, String kind) {
    try (InputStream in = Files.newInputStream(TestData.resolve(file))) {
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
      return new CiliumSchema(factory.getSchema(in), kind);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation errors of a document (empty when valid). */
  public List<String> errors(Object document) {
    JsonNode node = MakejinjaOracle.JSON.valueToTree(document);
    List<String> errors = new ArrayList<>();
    for (ValidationMessage m : schema.validate(node)) {
      errors.add(m.getMessage());
    }
    return errors;
  }

  /** Fails when the document does not validate. */
  public void assertValid(Object document, String context) {
    List<String> errors = errors(document);
    if (!errors.isEmpty()) {
      throw new AssertionError(
          context + ": " + kind + " does not validate: " + errors + "\n" + document);
    }
  }

  /** Validates every document of this schema's kind among the documents. */
  public void assertAllValid(List<Object> documents, String context) {
    for (Object d : documents) {
      if (d instanceof Map<?, ?> m && kind.equals(m.get("kind"))) {
        assertValid(d, context);
      }
    }
  }
}
