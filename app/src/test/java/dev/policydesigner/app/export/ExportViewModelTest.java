package dev.policydesigner.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportViewModelTest {
  private static final Path REPO = Path.of("/src/cluster");

  private static ExportService planning(PlannedFile... files) {
    return new ExportService() {
      @Override
      public ExportPlan plan(Diagram diagram, Path repo) {
        return new ExportPlan(repo, List.of(files));
      }

      @Override
      public void write(Diagram diagram, ExportPlan plan, Set<String> replaceConflicts) {}
    };
  }

  private static PlannedFile file(String path, PlannedFile.Status status) {
    return new PlannedFile(path, "before", "after", status);
  }

  @Test
  void countsOnlyWhatWouldBeWrittenAndLeavesOutUntickedHandEditedFiles() {
    Document document = new Document(Examples.rustfs(), null);
    ExportViewModel vm =
        new ExportViewModel(
            document,
            planning(
                file("a.yaml.j2", PlannedFile.Status.NEW),
                file("b.yaml.j2", PlannedFile.Status.CONFLICT),
                file("c.yaml.j2", PlannedFile.Status.UNCHANGED)));
    document.repoProperty().set(REPO);
    assertEquals(1, vm.toWriteProperty().get());
    assertTrue(
        vm.statusProperty().get().startsWith("1 file to write into"), vm.statusProperty().get());
    assertTrue(vm.statusProperty().get().contains("1 changed by hand is left as it is"));

    vm.consent().add("b.yaml.j2");
    assertEquals(2, vm.toWriteProperty().get());
    assertTrue(vm.statusProperty().get().startsWith("2 files to write"), vm.statusProperty().get());
  }

  @Test
  void nothingToWriteDisablesWriting() {
    Document document = new Document(Examples.rustfs(), null);
    ExportViewModel vm =
        new ExportViewModel(
            document,
            planning(
                file("a.yaml.j2", PlannedFile.Status.UNCHANGED),
                file("b.yaml.j2", PlannedFile.Status.CONFLICT)));
    document.repoProperty().set(REPO);
    assertEquals(0, vm.toWriteProperty().get());
    assertTrue(
        vm.statusProperty().get().startsWith("Nothing to write into"), vm.statusProperty().get());
  }
}
