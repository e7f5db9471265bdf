package dev.policydesigner.app.cli;

import dev.policydesigner.export.check.PolicyTemplates;
import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.RenderException;
import dev.policydesigner.export.preview.ValuesException;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render (DIAGRAM | --repo DIR [--file PATH]) [--values FILE] [--set key=value]... [--mode
 * audit|enforce]}.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders policy templates as makejinja would: a diagram's files, or a checkout's templates"
          + " with its cluster.yaml (or cluster.sample.yaml).",
      "Prints '# PATH' and the rendered text of each file, or '# PATH: renders empty'.",
      "Exits with 2 when a template cannot be rendered."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramOrRepo source;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "Renders only this template of the checkout (a path relative to it).")
  String file;

  @Mixin ValuesOptions values;

  @Override
  public Integer call() {
    boolean isDiagram = source.isDiagram();
    if (file != null && isDiagram) {
      throw new UserInputException("--file needs --repo DIR");
    }
    List<TemplateText> templates;
    Map<String, Object> renderValues;
    if (isDiagram) {
      Diagram d = source.loadDiagram();
      templates = diagramTemplates(d);
      renderValues = values.values(ValuesSource.empty(), d.settings().modeFlag());
    } else {
      templates = repoTemplates();
      renderValues = values.values(repoValues(), Settings.DEFAULT.modeFlag());
    }
    return renderAll(templates, renderValues);
  }

  /** A template to render: its path (for the header) and text. */
  record TemplateText(String path, String text) {}

  private int renderAll(List<TemplateText> templates, Map<String, Object> renderValues) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MakejinjaRenderer renderer = new MakejinjaRenderer();
    boolean failed = false;
    for (TemplateText t : templates) {
      try {
        String text = renderer.render(t.text(), renderValues);
        if (text.isBlank()) {
          out.println("# " + t.path() + ": renders empty");
        } else {
          out.println("# " + t.path());
          out.print(text.endsWith("\n") ? text : text + "\n");
        }
      } catch (RenderException e) {
        failed = true;
        String message = e.getMessage().replaceFirst("^line \\d+: ", "");
        String where = e.line() > 0 ? t.path() + ":" + e.line() : t.path();
        err.println(where + ": " + message);
      }
    }
    return failed ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private static List<TemplateText> diagramTemplates(Diagram d) {
    TemplateWriter writer = new TemplateWriter();
    List<TemplateText> result = new ArrayList<>();
    for (DerivedFile f : new PolicyDeriver().derive(d)) {
      result.add(new TemplateText(f.file().path(), writer.write(f)));
    }
    return result;
  }

  private List<TemplateText> repoTemplates() {
    Path repo = source.repo;
    try {
      RepoCheckout checkout = RepoCheckout.open(repo);
      List<Path> paths;
      if (file != null) {
        Path one = checkout.resolve(file);
        if (!Files.isRegularFile(one)) {
          throw new UserInputException(file + ": no such file in " + repo);
        }
        paths = List.of(one);
      } else {
        paths = PolicyTemplates.under(checkout.root().resolve("templates"));
      }
      List<TemplateText> result = new ArrayList<>();
      for (Path p : paths) {
        result.add(
            new TemplateText(checkout.relative(p), Files.readString(p, StandardCharsets.UTF_8)));
      }
      return result;
    } catch (RepoException e) {
      throw new UserInputException(e.getMessage());
    } catch (IOException e) {
      throw new UserInputException(repo + ": cannot read the templates (" + e.getMessage() + ")");
    }
  }

  private ValuesSource repoValues() {
    if (values.file != null) {
      return ValuesSource.empty();
    }
    try {
      return ValuesSource.ofRepo(source.repo);
    } catch (ValuesException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
