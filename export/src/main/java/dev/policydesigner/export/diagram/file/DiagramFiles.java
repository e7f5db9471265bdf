package dev.policydesigner.export.diagram.file;

import dev.policydesigner.export.repo.OutputFile;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Loads and saves {@code *.flows.yaml} files. Saving goes through {@link OutputFile}: atomic and
 * durable for a regular file, keeping its permissions; a FIFO or device is written into.
 */
public final class DiagramFiles {
  /** The file name ending of diagram files. */
  public static final String EXTENSION = ".flows.yaml";

  private DiagramFiles() {}

  /** Reads the diagram in {@code file}. */
  public static Diagram load(Path file) throws DiagramFileException {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw DiagramFileException.of(name, "io-error", "file not found; check the path");
    } catch (AccessDeniedException e) {
      throw DiagramFileException.of(
          name, "io-error", "cannot read the file: permission denied; check its permissions");
    } catch (CharacterCodingException e) {
      throw DiagramFileException.of(
          name, "io-error", "the file is not UTF-8 text; is it really a diagram file?");
    } catch (IOException e) {
      throw DiagramFileException.of(name, "io-error", "cannot read the file: " + reason(e));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return DiagramFileReader.read(text, name);
  }

  /** Writes {@code diagram} to {@code file}, replacing it atomically. */
  public static void save(Path file, Diagram diagram) throws DiagramFileException {
    String name = file.toString();
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw DiagramFileException.of(
          name, "io-error", "the folder does not exist; create it or choose another location");
    }
    if (Files.isRegularFile(target) && isReadOnly(target)) {
      throw DiagramFileException.of(
          name,
          "io-error",
          "the file is read-only; make it writable or use Save As to save under another name");
    }
    try {
      OutputFile.write(target, DiagramFileWriter.write(diagram).getBytes(StandardCharsets.UTF_8));
    } catch (AccessDeniedException e) {
      throw DiagramFileException.of(
          name,
          "io-error",
          "cannot write in folder "
              + folder
              + ": permission denied; use Save As to choose"
              + " another folder");
    } catch (IOException e) {
      throw DiagramFileException.of(name, "io-error", "cannot save the file: " + reason(e));
    }
  }

  /** Not writable for us, or marked read-only even if we could write (e.g. as root). */
  private static boolean isReadOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    try {
      PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class);
      return !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
    } catch (UnsupportedOperationException | IOException e) {
      try {
        return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
      } catch (UnsupportedOperationException | IOException e2) {
        return false;
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
