package dev.policydesigner.export.property;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a random, valid diagram from a seed: 2–8 namespaces, 2–12 workloads (sometimes the
 * cluster DNS), entity, CIDR and FQDN nodes, random flows and 1–4 policy files. The same seed
 * always gives the same diagram.
 */
final class RandomDiagrams {
  /** Conditions and guards use {@code flag_0} … {@code flag_<FLAGS-1>}. */
  static final int FLAGS = 6;

  private RandomDiagrams() {}

  /** The names of the flags conditions may use. */
  static List<String> flags() {
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < FLAGS; i++) {
      flags.add("flag_" + i);
    }
    return flags;
  }

  /** The diagram of this seed. */
  static Diagram generate(long seed) {
    Random random = new Random(seed);
    RandomText text = new RandomText(random);
    RandomNodes nodes = new RandomNodes(random, text, FLAGS);
    List<String> namespaces = nodes.namespaces();
    List<Workload> workloads = new ArrayList<>();
    int count = 2 + random.nextInt(11);
    for (int i = 0; i < count; i++) {
      workloads.add(nodes.workload("w" + i, namespaces));
    }
    if (random.nextBoolean()) {
      workloads.add(nodes.kubeDns("dns"));
    }
    List<Node> all = new ArrayList<>(workloads);
    for (int i = random.nextInt(3); i > 0; i--) {
      all.add(nodes.entities("e" + i));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      all.add(nodes.cidr("c" + i));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      all.add(nodes.fqdn("q" + i));
    }
    Settings settings = Settings.DEFAULT;
    return new Diagram(
        "random-" + seed,
        text.typed("Random diagram"),
        all,
        new RandomFlows(random, text, nodes, FLAGS).flows(all),
        new RandomFiles(random, text, FLAGS).files(workloads, settings),
        settings);
  }
}
