package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code #% if %#} / {@code #% elif %#} / {@code #% else %#} / {@code #% endif %#} nesting of a
 * template: for every line, the branches that enclose it and the guard they ensure together.
 */
final class BlockStructure {
  /** One block tag pair with its middle branches, as line indexes ({@code close} -1 if open). */
  static final class Block {
    final int open;
    final String keyword;
    final List<Integer> branchLines = new ArrayList<>();
    final List<Guard> branchGuards = new ArrayList<>();
    int close = -1;

    Block(int open, String keyword) {
      this.open = open;
      this.keyword = keyword;
    }

    /** Whether it is an {@code if} without {@code elif}/{@code else}. */
    boolean isPlainIf() {
      return keyword.equals("if") && branchLines.isEmpty();
    }
  }

  /** A line's position in one enclosing block: which block and which of its branches. */
  record Branch(Block block, int index) {
    Guard guard() {
      return block.branchGuards.get(index);
    }
  }

  private final List<List<Branch>> enclosing = new ArrayList<>();

  BlockStructure(TextLines lines) {
    List<Branch> stack = new ArrayList<>();
    List<List<String>> seen = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<Directive> d = Directive.of(lines.content(i));
      enclosing.add(List.copyOf(stack));
      if (d.isEmpty()) {
        continue;
      }
      Directive tag = d.get();
      if (tag.opens()) {
        Block b = new Block(i, tag.keyword());
        List<String> conditions = new ArrayList<>();
        b.branchGuards.add(firstGuard(tag, conditions));
        stack.add(new Branch(b, 0));
        seen.add(conditions);
      } else if (tag.branches() && !stack.isEmpty()) {
        Branch top = stack.remove(stack.size() - 1);
        Block b = top.block();
        b.branchLines.add(i);
        b.branchGuards.add(laterGuard(tag, seen.get(seen.size() - 1)));
        stack.add(new Branch(b, top.index() + 1));
        enclosing.set(i, List.copyOf(stack.subList(0, stack.size() - 1)));
      } else if (tag.closes() && !stack.isEmpty()) {
        stack.remove(stack.size() - 1).block().close = i;
        seen.remove(seen.size() - 1);
        enclosing.set(i, List.copyOf(stack));
      }
    }
  }

  private static Guard firstGuard(Directive tag, List<String> conditions) {
    if (!tag.keyword().equals("if")) {
      return Guard.ALWAYS; // loops and macros: not a condition the designer reasons about
    }
    conditions.add(tag.argument());
    return Guard.parse(tag.argument());
  }

  private static Guard laterGuard(Directive tag, List<String> earlier) {
    List<String> conjuncts = new ArrayList<>();
    for (String c : earlier) {
      conjuncts.add(Conditions.negate(c));
    }
    if (tag.keyword().equals("elif")) {
      conjuncts.addAll(Guard.parse(tag.argument()).conjuncts());
      earlier.add(tag.argument());
    }
    return new Guard(conjuncts);
  }

  /** The branches enclosing line {@code i}, outermost first (for tags: those around the block). */
  List<Branch> enclosing(int i) {
    return enclosing.get(i);
  }

  /** The guard line {@code i} renders under. */
  Guard guardAt(int i) {
    Guard g = Guard.ALWAYS;
    for (Branch b : enclosing.get(i)) {
      g = g.and(b.guard());
    }
    return g;
  }

  /** How deep line {@code i} is nested. */
  int depth(int i) {
    return enclosing.get(i).size();
  }
}
