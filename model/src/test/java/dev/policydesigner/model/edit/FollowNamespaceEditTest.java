package dev.policydesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowNamespaceEditTest {
  private static final String APPS = "templates/config/kubernetes/apps/";

  private static Workload workload(String id, String namespace) {
    return new Workload(
        id,
        id,
        KindHint.APP,
        namespace,
        List.of(new Label("app", id)),
        List.of(),
        null,
        new Position(0, 0));
  }

  private static PolicyFile file(String path, String... subjects) {
    List<PolicySubject> list =
        List.of(subjects).stream().map(s -> new PolicySubject(s, s, s, "", s, null)).toList();
    return new PolicyFile(path, Guard.of(null, "x"), null, list, null);
  }

  private static Diagram diagram(List<Workload> nodes, List<PolicyFile> files) {
    return new Diagram("t", "", List.copyOf(nodes), List.of(), files, Settings.DEFAULT);
  }

  @Test
  void movesTheWholeFileWhenAllItsSubjectsRunInTheNewNamespace() {
    Diagram d =
        diagram(
            List.of(workload("storage", "storage")),
            List.of(file(APPS + "default/storage/app/networkpolicy.yaml.j2", "storage")));
    Diagram after = new FollowNamespaceEdit("storage").apply(d);
    assertEquals(
        List.of(APPS + "storage/storage/app/networkpolicy.yaml.j2"),
        after.files().stream().map(PolicyFile::path).toList());
    assertEquals(d.files().get(0).guard(), after.files().get(0).guard());
  }

  @Test
  void movesOnlyThePolicyOfTheWorkloadWhenTheFileHoldsOthersOfTheOldNamespace() {
    String shared = APPS + "default/shared/app/networkpolicy.yaml.j2";
    Diagram d =
        diagram(
            List.of(workload("a", "storage"), workload("b", "default")),
            List.of(file(shared, "a", "b")));
    Diagram after = new FollowNamespaceEdit("a").apply(d);
    assertEquals(2, after.files().size());
    assertEquals(List.of("b"), subjects(after.file(shared).orElseThrow()));
    PolicyFile moved = after.file(APPS + "storage/shared/app/networkpolicy.yaml.j2").orElseThrow();
    assertEquals(List.of("a"), subjects(moved));
  }

  @Test
  void joinsAFileAlreadyAtTheNewPath() {
    String old = APPS + "default/web/app/networkpolicy.yaml.j2";
    String existing = APPS + "shop/web/app/networkpolicy.yaml.j2";
    Diagram d =
        diagram(
            List.of(workload("web", "shop"), workload("api", "shop")),
            List.of(file(existing, "api"), file(old, "web")));
    Diagram after = new FollowNamespaceEdit("web").apply(d);
    assertEquals(1, after.files().size());
    assertEquals(List.of("api", "web"), subjects(after.files().get(0)));
  }

  @Test
  void leavesAFileInItsNamespaceOrOutsideThePatternAlone() {
    Diagram inPlace =
        diagram(
            List.of(workload("web", "shop")),
            List.of(file(APPS + "shop/web/app/networkpolicy.yaml.j2", "web")));
    assertSame(inPlace, new FollowNamespaceEdit("web").apply(inPlace));
    Diagram elsewhere =
        diagram(
            List.of(workload("web", "shop")),
            List.of(file("templates/config/policies/web.yaml.j2", "web")));
    assertSame(elsewhere, new FollowNamespaceEdit("web").apply(elsewhere));
  }

  private static List<String> subjects(PolicyFile f) {
    return f.subjects().stream().map(PolicySubject::workloadId).toList();
  }
}
