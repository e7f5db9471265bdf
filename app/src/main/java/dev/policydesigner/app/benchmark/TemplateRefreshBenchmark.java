package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.edit.EditHistory;
import dev.policydesigner.model.edit.UpdateFlowEdit;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.List;

/**
 * The Template tab after one edit at 1,000 workloads: apply the edit, re-derive only the file of
 * the selected subject, write it.
 */
final class TemplateRefreshBenchmark implements BenchmarkCase {
  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    Diagram diagram = new SyntheticCluster(2).generate(1000, 5000);
    EditHistory history = new EditHistory(diagram);
    Flow flow = diagram.flows().get(diagram.flows().size() / 2);
    String subject = flow.from();
    PolicyDeriver deriver = new PolicyDeriver();
    TemplateWriter writer = new TemplateWriter();
    int[] port = {20000};
    double[] ms =
        context
            .runs()
            .time(
                () -> {
                  Flow changed = history.current().flow(flow.id()).orElseThrow();
                  history.perform(
                      new UpdateFlowEdit(
                          "Change port", changed.withPorts(List.of(PortRange.tcp(port[0]++)))));
                  Diagram d = history.current();
                  PolicyFile file = d.fileOfSubject(subject).orElseThrow();
                  String text = writer.write(deriver.deriveFile(d, file));
                  if (!text.contains("\"" + (port[0] - 1) + "\"")) {
                    throw new IllegalStateException("the template does not show the edit");
                  }
                });
    return List.of(
        new Measurement(
            "Template tab refresh after one edit (1,000 workloads)",
            Runs.median(ms),
            Runs.p95(ms),
            "ms",
            50,
            true,
            Runs.heapMb()));
  }
}
