package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenTemplateLinesTest {
  @Test
  void answersFileByFileWhatWritingEveryFileAnswers() throws Exception {
    List<Diagram> diagrams = new ArrayList<>();
    diagrams.add(Examples.hubble());
    diagrams.add(Examples.rustfs());
    diagrams.add(new SyntheticCluster(3).generate(120, 600));
    diagrams.add(new RepoImporter().importRepo(TestData.realisticRepo(), null).diagram());
    diagrams.add(new RepoImporter().importRepo(TestData.sampleRepo(), null).diagram());
    int found = 0;
    for (Diagram d : diagrams) {
      TemplateLines all = WrittenTemplateLines.of(d);
      TemplateLines byFile = WrittenTemplateLines.byFile(d);
      for (Flow f : d.flows()) {
        for (Direction dir : Direction.values()) {
          assertEquals(all.rule(f.id(), dir), byFile.rule(f.id(), dir), f.id() + " " + dir);
          found += all.rule(f.id(), dir).isPresent() ? 1 : 0;
        }
      }
      assertEquals(
          all.rule("no-such-flow", Direction.EGRESS),
          byFile.rule("no-such-flow", Direction.EGRESS));
      for (PolicyFile file : d.files()) {
        assertEquals(all.firstPolicy(file.path()), byFile.firstPolicy(file.path()), file.path());
        for (PolicySubject s : file.subjects()) {
          assertEquals(
              all.policy(file.path(), s.policyName()),
              byFile.policy(file.path(), s.policyName()),
              file.path() + " " + s.policyName());
        }
        assertEquals(
            all.policy(file.path(), "no-such-policy"),
            byFile.policy(file.path(), "no-such-policy"));
      }
    }
    assertTrue(found > 500, "rules found: " + found);
  }
}
