package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.DiagramStore;
import dev.policydesigner.app.document.RecentFiles;
import dev.policydesigner.app.document.RecoveryStore;
import dev.policydesigner.app.export.ExportService;
import dev.policydesigner.app.problems.EngineProblemSource;
import dev.policydesigner.app.problems.ProblemSource;
import dev.policydesigner.app.template.TemplateSource;

/** What the window needs from the rest of the product, chosen by the wiring class. */
public record Services(
    TemplateSource templates,
    ProblemSource problems,
    EngineProblemSource engineProblems,
    DiagramStore store,
    AutoLayout layout,
    ExportService export,
    RecentFiles recent,
    RecoveryStore recovery,
    java.util.prefs.Preferences preferences) {}
