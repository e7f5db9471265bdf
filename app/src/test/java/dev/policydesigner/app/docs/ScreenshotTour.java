package dev.policydesigner.app.docs;

import dev.policydesigner.app.shell.DocumentView;
import dev.policydesigner.app.shell.MainWindow;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.app.snapshot.png.PngWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Takes the screenshots under {@code docs/screenshots/} from the real window on a real display (an
 * X server such as Xvfb): {@code DISPLAY=:16 java -cp ... ScreenshotTour OUTDIR REPO}, see
 * docs/screenshots/README.md. Each shot is the 1366×768 window in one state.
 */
public final class ScreenshotTour {
  private final Path out;
  private final Path sampleRepo;

  private ScreenshotTour(Path out, Path sampleRepo) {
    this.out = out;
    this.sampleRepo = sampleRepo;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Path repo =
        Path.of(args.length > 1 ? args[1] : "export/src/test/resources/testdata/sample-repo");
    Files.createDirectories(out);
    Platform.startup(() -> {});
    Platform.setImplicitExit(false);
    new ScreenshotTour(out, repo).run();
    Platform.exit();
    System.exit(0);
  }

  private void run() throws Exception {
    shoot("empty-window.png", List.of(Diagram.empty("untitled")), v -> {});
    shoot("hubble.png", List.of(Examples.hubble()), v -> {});
    shoot("rustfs.png", List.of(Examples.rustfs()), v -> {});
    Path repo = copy(sampleRepo);
    shoot(
        "export-plan.png",
        List.of(Examples.rustfs()),
        v -> {
          v.document().repoProperty().set(repo);
          v.showTab("tab-export");
          v.exportView().selectFirstChange();
        });
    shoot(
        "walkthrough.png",
        List.of(Examples.hubble()),
        v -> {
          v.startWalkthrough().next();
          v.showTab("tab-template");
        });
    shoot(
        "problems.png",
        List.of(Examples.hubble()),
        v -> v.showTab("tab-problems"),
        v -> v.problemsView().table().getSelectionModel().select(0));
  }

  private void shoot(String name, List<Diagram> diagrams, Consumer<DocumentView> setUp)
      throws Exception {
    shoot(name, diagrams, setUp, v -> {});
  }

  /** Shoots the window after {@code setUp}, and {@code later} once the checks have run. */
  private void shoot(
      String name,
      List<Diagram> diagrams,
      Consumer<DocumentView> setUp,
      Consumer<DocumentView> later)
      throws Exception {
    Preferences prefs = Preferences.userRoot().node("dev/policydesigner/tour/" + UUID.randomUUID());
    Path recovery = Files.createTempDirectory("tour-recovery");
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    onFx(
        () -> {
          stage[0] = new Stage();
          stage[0].setX(0);
          stage[0].setY(0);
          window[0] = Wiring.window(stage[0], Wiring.services(prefs, recovery), diagrams);
          stage[0].show();
          window[0].active().ifPresent(setUp);
        });
    Thread.sleep(2500); // layout, fit and paint on a real display
    onFx(
        () -> {
          window[0].active().ifPresent(later);
          stage[0].getScene().getRoot().requestLayout();
        });
    Thread.sleep(800);
    WritableImage[] image = new WritableImage[1];
    onFx(
        () ->
            image[0] =
                new Robot()
                    .getScreenCapture(
                        null,
                        stage[0].getX(),
                        stage[0].getY(),
                        stage[0].getScene().getWidth(),
                        stage[0].getScene().getHeight()));
    PngWriter.write(image[0], out.resolve(name));
    onFx(stage[0]::close);
    prefs.removeNode();
    System.out.println("wrote " + out.resolve(name));
  }

  private static void onFx(Runnable r) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            r.run();
            done.complete(null);
          } catch (RuntimeException e) {
            done.completeExceptionally(e);
          }
        });
    done.get(30, TimeUnit.SECONDS);
  }

  /** A copy of the sample checkout under a short, steady name (the Export tab shows its path). */
  private static Path copy(Path source) throws IOException {
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "policy-designer-tour", "home-ops");
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path p : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }
}
