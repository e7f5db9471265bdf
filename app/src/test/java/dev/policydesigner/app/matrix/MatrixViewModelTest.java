package dev.policydesigner.app.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.example.Examples;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixViewModelTest {
  private final MatrixViewModel model =
      new MatrixViewModel(
          Examples.hubble(), CheckoutPolicies.none(), Map.of("hubble_enabled", true));

  @Test
  void listsThePairsTheRenderedPoliciesAllow() {
    assertTrue(
        model.rows().stream()
            .anyMatch(
                r ->
                    r.from().contains("hubble-ui")
                        && r.to().contains("hubble-relay")
                        && r.ports().equals("4245/TCP")),
        model.rows().toString());
    assertTrue(model.summaryProperty().get().endsWith("allowed pairs in enforce mode"));
  }

  @Test
  void searchAndFilterNarrowTheRows() {
    int all = model.rows().size();
    model.searchProperty().set("4245");
    assertTrue(model.rows().size() >= 1 && model.rows().size() < all, model.rows().toString());
    assertTrue(model.rows().stream().allMatch(r -> r.mentions("4245")));
    model.searchProperty().set("");
    model.filterProperty().set(MatrixViewModel.RowFilter.EVERY_PORT);
    assertTrue(model.rows().stream().allMatch(MatrixRow::everyPort));
    model.filterProperty().set(MatrixViewModel.RowFilter.SOME_PORTS);
    assertTrue(model.rows().stream().noneMatch(MatrixRow::everyPort));
    model.filterProperty().set(MatrixViewModel.RowFilter.ALL);
    assertEquals(all, model.rows().size());
  }

  @Test
  void auditModeOnlyObservesSoEveryPairIsAllowedOnEveryPort() {
    model.modeProperty().set(Mode.AUDIT);
    assertTrue(model.rows().stream().allMatch(MatrixRow::everyPort), model.rows().toString());
  }
}
