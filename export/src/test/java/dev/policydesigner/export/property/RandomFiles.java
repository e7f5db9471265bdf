package dev.policydesigner.export.property;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.KubernetesNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random policy files: 1–4 files with random guard, default-deny style and subjects. Every workload
 * that a subject's selector also selects is made a subject too, so that no pod is default-deny
 * under a policy that does not list its flows.
 */
final class RandomFiles {
  private final Random random;
  private final RandomText text;
  private final int flags;

  RandomFiles(Random random, RandomText text, int flags) {
    this.random = random;
    this.text = text;
    this.flags = flags;
  }

  List<PolicyFile> files(List<Workload> workloads, Settings settings) {
    Set<Workload> subjects = new LinkedHashSet<>();
    for (Workload w : workloads) {
      if (random.nextInt(5) < 3) {
        subjects.add(w);
      }
    }
    subjects.add(workloads.get(0));
    subjects.add(workloads.get(1));
    closeOverSelectors(subjects, workloads);
    int count = 1 + random.nextInt(4);
    List<List<PolicySubject>> perFile = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      perFile.add(new ArrayList<>());
    }
    Set<String> names = new HashSet<>();
    for (Workload w : subjects) {
      perFile.get(random.nextInt(count)).add(subject(w, names));
    }
    List<PolicyFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!perFile.get(i).isEmpty()) {
        files.add(file(i, perFile.get(i), settings));
      }
    }
    return files;
  }

  /** Adds every workload selected by a subject's selector, until nothing changes. */
  private static void closeOverSelectors(Set<Workload> subjects, List<Workload> workloads) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Workload s : List.copyOf(subjects)) {
        for (Workload w : workloads) {
          if (Selection.selects(s, w) && subjects.add(w)) {
            changed = true;
          }
        }
      }
    }
  }

  private PolicyFile file(int index, List<PolicySubject> subjects, Settings settings) {
    List<String> guard = new ArrayList<>();
    if (random.nextInt(10) > 0) {
      guard.add(settings.enabledConjunct());
    }
    if (random.nextInt(3) == 0) {
      guard.add(text.condition(flags));
    }
    DefaultDenyStyle style = DefaultDenyStyle.values()[random.nextInt(3)];
    String path = "templates/config/kubernetes/apps/ns" + index + "/app/networkpolicy.yaml.j2";
    return new PolicyFile(path, new Guard(guard), style, subjects, null);
  }

  private PolicySubject subject(Workload w, Set<String> names) {
    String name = w.id() + "-policy";
    String lookalike = text.lookalike();
    if (random.nextInt(4) == 0 && KubernetesNames.objectName(lookalike).isEmpty()) {
      name = lookalike;
    }
    if (!names.add(w.namespace() + "/" + name)) {
      name = w.id() + "-policy";
      names.add(w.namespace() + "/" + name);
    }
    NetworkPolicyFallback fallback =
        NetworkPolicyFallback.values()[random.nextInt(NetworkPolicyFallback.values().length)];
    return new PolicySubject(
        w.id(),
        name,
        text.typed("Title " + w.id()),
        text.typed("Purpose"),
        text.typed("Policy of " + w.id()),
        fallback,
        random.nextBoolean());
  }
}
