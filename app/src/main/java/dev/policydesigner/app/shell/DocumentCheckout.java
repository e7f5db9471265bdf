package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.export.engine.CheckoutPolicies;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The other policies of the checkout a document is exported to (or imported from), which the engine
 * reads beside the diagram's own templates; none when no checkout is known or it cannot be read.
 */
final class DocumentCheckout {
  private DocumentCheckout() {}

  static CheckoutPolicies policies(DocumentView view) {
    return policies(view.document());
  }

  static CheckoutPolicies policies(Document document) {
    return policies(document.repoProperty().get());
  }

  static CheckoutPolicies policies(Path repo) {
    if (repo == null) {
      return CheckoutPolicies.none();
    }
    try {
      return CheckoutPolicies.read(repo);
    } catch (IOException e) {
      return CheckoutPolicies.none();
    }
  }
}
