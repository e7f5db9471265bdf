package dev.policydesigner.export.walkthrough;

import dev.policydesigner.export.diagram.image.DiagramSvgWriter;
import dev.policydesigner.export.diagram.image.SvgStyle;
import dev.policydesigner.export.repo.AtomicFileSet;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.walkthrough.Walkthrough;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a walkthrough as a Markdown document for a docs folder: {@code walkthrough.md}, {@code
 * images/overview.svg} and one {@code images/step-NN.svg} per step, with the step's flow
 * highlighted. All files are written or none; step images left from an earlier, longer walkthrough
 * are removed. The same diagram and order always give the same files.
 */
public final class WalkthroughMarkdownWriter {
  /** The name of the Markdown document. */
  public static final String DOCUMENT = "walkthrough.md";

  private final DiagramSvgWriter svg = new DiagramSvgWriter();

  /**
   * Writes the walkthrough of {@code diagram} into {@code outDir} (created when missing).
   *
   * @return the files written, the document first
   * @throws WalkthroughExportException when {@code outDir} is a file or a file cannot be written;
   *     then nothing was written
   */
  public List<Path> write(Diagram diagram, Walkthrough.Order order, Path outDir)
      throws WalkthroughExportException {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new WalkthroughExportException(
          outDir
              + " is a file, not a folder: choose a folder for the walkthrough (it is created"
              + " when missing)");
    }
    Walkthrough walkthrough = Walkthrough.of(diagram, order);
    Path images = outDir.resolve(WalkthroughMarkdown.IMAGES);
    AtomicFileSet files = new AtomicFileSet(outDir);
    files.put(
        outDir.resolve(DOCUMENT),
        WalkthroughMarkdown.write(walkthrough, WalkthroughTemplates.of(diagram)));
    files.put(
        images.resolve(WalkthroughMarkdown.OVERVIEW),
        svg.write(diagram, Set.of(), SvgStyle.DEFAULT));
    SvgStyle stepStyle = SvgStyle.DEFAULT.withoutHeader();
    for (WalkthroughStep step : walkthrough.steps()) {
      files.put(
          images.resolve(WalkthroughMarkdown.stepImage(step.index(), step.total())),
          svg.write(diagram, Set.of(), stepStyle.highlighting(step.flowId())));
    }
    try {
      files.commit();
      removeStaleStepImages(images, files.targets());
    } catch (RepoException e) {
      throw new WalkthroughExportException(e.getMessage(), e);
    } catch (IOException e) {
      throw new WalkthroughExportException(
          images + ": old step images could not be removed (" + e.getMessage() + ")", e);
    }
    return files.targets();
  }

  private static void removeStaleStepImages(Path images, List<Path> written) throws IOException {
    Set<Path> keep = new HashSet<>(written);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(images, "step-*.svg")) {
      for (Path p : old) {
        if (!keep.contains(p.toAbsolutePath().normalize())) {
          Files.delete(p);
        }
      }
    }
  }
}
