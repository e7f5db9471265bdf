package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.derive.Rule;

/** A derived rule with where it is written and the outer guard of its file. */
record LocatedRule(RuleLocation location, Rule rule, Guard fileGuard) {}
