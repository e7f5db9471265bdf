package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes one policy file (guard, style, path, or its subjects' settings). */
public final class UpdateFileEdit extends DiagramEdit {
  private final String path;
  private final UnaryOperator<PolicyFile> change;

  /** Applies {@code change} to the file at {@code path}. */
  public UpdateFileEdit(String description, String path, UnaryOperator<PolicyFile> change) {
    super(description);
    this.path = path;
    this.change = change;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    if (diagram.file(path).isEmpty()) {
      throw new IllegalArgumentException("no policy file " + path);
    }
    List<PolicyFile> files = new ArrayList<>();
    for (PolicyFile f : diagram.files()) {
      files.add(f.path().equals(path) ? change.apply(f) : f);
    }
    return diagram.withFiles(files);
  }
}
