package dev.policydesigner.export.template.read;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Settings;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Recognises the two ways the repo writes {@code enableDefaultDeny}: the {@code #% if enforce %#}
 * block (true/true, else false/false; also with the mode test written out instead of {@code
 * enforce}) and the inline {@code #{ enforce | lower }#}.
 */
final class DefaultDenyReader {
  private static final String INLINE = "#{ enforce | lower }#";

  /** The block may test the mode itself instead of the {@code enforce} it is set to. */
  private static final String SPELLED_OUT =
      Settings.DEFAULT.modeFlag() + " | default('audit') == 'enforce'";

  private final YamlTree tree;
  private final DocumentInput in;

  DefaultDenyReader(YamlTree tree, DocumentInput in) {
    this.tree = tree;
    this.in = in;
  }

  /** The style, {@link DefaultDenyStyle#NONE} for none, or {@code null} for an unusual form. */
  DefaultDenyStyle style(List<NodeTuple> entries) {
    if (entries.isEmpty()) {
      return DefaultDenyStyle.NONE;
    }
    if (entries.size() == 1) {
      NodeTuple t = entries.get(0);
      boolean unguarded = guardOf(t).isAlways();
      return unguarded && both(t, INLINE) ? DefaultDenyStyle.INLINE : null;
    }
    if (entries.size() == 2) {
      NodeTuple on = entries.get(0);
      NodeTuple off = entries.get(1);
      boolean guards =
          (guardOf(on).equals(Guard.of("enforce")) && guardOf(off).equals(Guard.of("not enforce")))
              || (guardOf(on).equals(Guard.of(SPELLED_OUT))
                  && guardOf(off).equals(Guard.of("not (" + SPELLED_OUT + ")")));
      return guards && both(on, "true") && both(off, "false") ? DefaultDenyStyle.IF_BLOCK : null;
    }
    return null;
  }

  private Guard guardOf(NodeTuple t) {
    return in.relative(in.yaml().startLine(t.getKeyNode()).guard());
  }

  private boolean both(NodeTuple t, String value) {
    Map<String, String> m = tree.scalarMap(t.getValueNode());
    return m != null
        && m.size() == 2
        && value.equals(m.get("ingress"))
        && value.equals(m.get("egress"));
  }
}
