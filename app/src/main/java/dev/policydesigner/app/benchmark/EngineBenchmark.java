package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.engine.ConnectivityDiff;
import dev.policydesigner.model.engine.ConnectivityMatrix;
import dev.policydesigner.model.engine.Identities;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.NodeIdentities;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PolicySet;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.example.SyntheticCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy engine over rendered repos: one {@code simulate} question over a 1,000-workload repo
 * (rendered once; each run asks a fresh engine, so nothing of an earlier answer is reused), the
 * full {@code matrix} of that repo (rendering included), and the {@code diff} of two 40-template
 * repos in both modes (rendering included).
 */
final class EngineBenchmark implements BenchmarkCase {
  private static final int WORKLOADS = 1000;

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    Diagram big = new SyntheticCluster(7).generate(WORKLOADS, WORKLOADS * 5);
    Path repo = GeneratedRepo.create(context.workDir(), "engine-repo", big);
    MakejinjaRenderer renderer = new MakejinjaRenderer();
    CheckoutPolicies files = CheckoutPolicies.read(repo);
    Map<String, Object> values = ValuesSource.ofRepo(repo).values();
    PolicySet set = files.policies(renderer, values);
    List<Measurement> result = new ArrayList<>();
    result.add(query(context, big, set));
    result.add(matrix(context, files, renderer, values));
    result.add(diff(context, renderer));
    return result;
  }

  private Measurement query(BenchmarkContext context, Diagram d, PolicySet set) throws Exception {
    Flow flow =
        d.flows().stream()
            .filter(f -> d.workload(f.from()).isPresent() && d.workload(f.to()).isPresent())
            .filter(f -> !f.ports().isEmpty())
            .findFirst()
            .orElseThrow();
    Identity from = NodeIdentities.pod((Workload) d.node(flow.from()).orElseThrow());
    Identity to = NodeIdentities.pod((Workload) d.node(flow.to()).orElseThrow());
    Traffic traffic = Traffic.of(flow.ports().get(0).port(), flow.ports().get(0).protocol());
    Runs runs = context.quick() ? new Runs(20, 20) : new Runs(200, 200);
    boolean[] allowed = new boolean[1];
    double[] ms =
        runs.time(() -> allowed[0] = new PolicyEngine(set).decide(from, to, traffic).allowed());
    if (!allowed[0]) {
      throw new IllegalStateException("a drawn flow is denied: " + flow.id());
    }
    return new Measurement(
        "simulate one question over a rendered 1,000-workload repo (warm)",
        Runs.median(ms),
        Runs.p95(ms),
        "ms",
        5,
        true,
        Runs.heapMb());
  }

  private Measurement matrix(
      BenchmarkContext context,
      CheckoutPolicies files,
      MakejinjaRenderer renderer,
      Map<String, Object> values)
      throws Exception {
    Runs runs = context.quick() ? new Runs(0, 1) : new Runs(1, 3);
    int[] pairs = new int[1];
    double[] ms =
        runs.time(
            () -> {
              PolicySet set = files.policies(renderer, values);
              ConnectivityMatrix m =
                  ConnectivityMatrix.of(new PolicyEngine(set), Identities.of(set));
              pairs[0] = m.identities().size();
            });
    return new Measurement(
        "matrix of a 1,000-workload repo (" + pairs[0] + " identities, render included)",
        Runs.median(ms),
        Double.NaN,
        "ms",
        2000,
        true,
        Runs.heapMb());
  }

  private Measurement diff(BenchmarkContext context, MakejinjaRenderer renderer) throws Exception {
    Diagram before =
        new SyntheticCluster(3).generate(GeneratedRepo.WORKLOADS, GeneratedRepo.WORKLOADS * 5);
    List<Flow> kept = new ArrayList<>();
    for (int i = 0; i < before.flows().size(); i++) {
      if (i % 10 != 3) {
        kept.add(before.flows().get(i));
      }
    }
    Path a = GeneratedRepo.create(context.workDir(), "diff-before", before);
    Path b = GeneratedRepo.create(context.workDir(), "diff-after", before.withFlows(kept));
    CheckoutPolicies oldFiles = CheckoutPolicies.read(a);
    CheckoutPolicies newFiles = CheckoutPolicies.read(b);
    Runs runs = context.quick() ? new Runs(0, 1) : new Runs(1, 3);
    int[] changes = new int[1];
    double[] ms =
        runs.time(
            () -> {
              changes[0] = 0;
              for (String mode : List.of("audit", "enforce")) {
                Map<String, Object> v =
                    ValuesSource.ofRepo(b).with("network_policies_mode", mode).values();
                PolicyEngine old = new PolicyEngine(oldFiles.policies(renderer, v));
                PolicyEngine now = new PolicyEngine(newFiles.policies(renderer, v));
                ConnectivityDiff diff = ConnectivityDiff.between(old, now);
                changes[0] += diff.added().size() + diff.removed().size();
              }
            });
    if (changes[0] == 0) {
      throw new IllegalStateException("the diff of repos with flows removed found nothing");
    }
    return new Measurement(
        "diff of two 40-template repos, audit and enforce (render included)",
        Runs.median(ms),
        Double.NaN,
        "ms",
        2000,
        true,
        Runs.heapMb());
  }
}
