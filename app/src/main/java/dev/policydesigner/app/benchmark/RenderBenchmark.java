package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.ReferenceRenderer;
import dev.policydesigner.export.preview.ValuesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * In-app rendering of a generated repo's templates against the makejinja reference renderer ({@code
 * makejinja-render.py --tree}) on the same files, in the same run.
 */
final class RenderBenchmark implements BenchmarkCase {
  private final Path repo;

  RenderBenchmark(Path repo) {
    this.repo = repo;
  }

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    List<Path> templates = GeneratedRepo.templates(repo);
    List<String> texts = new ArrayList<>();
    for (Path t : templates) {
      texts.add(Files.readString(t));
    }
    Map<String, Object> values = ValuesSource.ofRepo(repo).values();
    MakejinjaRenderer renderer = new MakejinjaRenderer();
    double[] inApp =
        context
            .runs()
            .time(
                () -> {
                  for (String text : texts) {
                    renderer.render(text, values);
                  }
                });
    String name =
        "render "
            + GeneratedRepo.policyTemplates(repo)
            + " templates in-app vs makejinja-render.py";
    if (context.referenceRenderer().isEmpty()) {
      throw new IllegalStateException(ReferenceRenderer.INSTALL_HINT);
    }
    double[] reference = ReferenceTreeRender.time(context, repo);
    double speedup = Runs.median(reference) / Runs.median(inApp);
    return List.of(
        new Measurement(
            name
                + " (speed-up; in-app "
                + String.format(java.util.Locale.ROOT, "%.0f", Runs.median(inApp))
                + " ms)",
            speedup,
            Double.NaN,
            "x",
            5,
            false,
            Runs.heapMb()));
  }
}
