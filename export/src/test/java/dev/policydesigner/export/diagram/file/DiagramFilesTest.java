package dev.policydesigner.export.diagram.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramFilesTest {
  @TempDir Path dir;

  @Test
  void savesAndLoadsADiagramLeavingNoTemporaryFileBehind() throws Exception {
    Path file = dir.resolve("hubble" + DiagramFiles.EXTENSION);
    DiagramFiles.save(file, Examples.hubble());
    assertEquals(Examples.hubble(), DiagramFiles.load(file));
    DiagramFiles.save(file, Examples.rustfs());
    assertEquals(Examples.rustfs(), DiagramFiles.load(file));
    assertEquals(List.of(file), listDir());
    assertEquals(DiagramFileWriter.write(Examples.rustfs()), Files.readString(file));
  }

  @Test
  void refusesToReplaceAReadOnlyFileAndSaysWhatToDo() throws Exception {
    Path file = dir.resolve("locked.flows.yaml");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFiles.save(file, Examples.hubble()));
    assertEquals(
        file
            + ": the file is read-only; make it writable or use Save As to save under another"
            + " name",
        e.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of(file), listDir());
  }

  @Test
  void namesTheFileWhenTheFolderDoesNotExist() {
    Path file = dir.resolve("missing/x.flows.yaml");
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFiles.save(file, Examples.hubble()));
    assertTrue(e.getMessage().startsWith(file + ": the folder does not exist"), e.getMessage());
    assertEquals(file.toString(), e.problems().get(0).file());
  }

  @Test
  void namesTheFileThatIsNotFound() {
    Path file = dir.resolve("nothing.flows.yaml");
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFiles.load(file));
    assertEquals(file + ": file not found; check the path", e.getMessage());
  }

  @Test
  void reportsProblemsInALoadedFileWithItsPath() throws IOException {
    Path file = dir.resolve("bad.flows.yaml");
    Files.writeString(file, "version: 1\nname: [\n", StandardCharsets.UTF_8);
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFiles.load(file));
    assertTrue(e.getMessage().startsWith(file + ":3:1: YAML syntax error"), e.getMessage());
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() throws Exception {
    Path file = dir.resolve("bom.flows.yaml");
    Diagram diagram = Examples.hubble();
    Files.writeString(file, "\uFEFF" + DiagramFileWriter.write(diagram), StandardCharsets.UTF_8);
    assertEquals(diagram, DiagramFiles.load(file));
  }

  private List<Path> listDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
