package dev.policydesigner.export.preview;

import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import com.hubspot.jinjava.el.ext.AdditionOperator;
import com.hubspot.jinjava.el.ext.CollectionMembershipOperator;
import com.hubspot.jinjava.el.ext.CollectionNonMembershipOperator;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.el.ext.ExtendedScanner;
import com.hubspot.jinjava.el.ext.OrOperator;
import com.hubspot.jinjava.el.ext.PowerOfOperator;
import com.hubspot.jinjava.el.ext.StringConcatOperator;
import com.hubspot.jinjava.el.ext.TruncDivOperator;
import java.util.IdentityHashMap;
import java.util.Map;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Parser;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstUnary;

/**
 * Jinjava's expression parser with Python's operators ({@link PythonOperators}) in place of the EL
 * ones: every comparison, {@code in}, {@code not in}, {@code and}, {@code or}, {@code not} and
 * {@code ~} the parser builds is Python's.
 */
final class PythonParser extends ExtendedParser {
  private static final Map<AstBinary.Operator, AstBinary.Operator> BINARY = new IdentityHashMap<>();

  static {
    BINARY.put(AstBinary.EQ, PythonOperators.EQ);
    BINARY.put(AstBinary.NE, PythonOperators.NE);
    BINARY.put(AstBinary.LT, PythonOperators.LT);
    BINARY.put(AstBinary.LE, PythonOperators.LE);
    BINARY.put(AstBinary.GT, PythonOperators.GT);
    BINARY.put(AstBinary.GE, PythonOperators.GE);
    BINARY.put(AstBinary.AND, PythonOperators.AND);
    BINARY.put(AstBinary.OR, PythonOperators.OR);
    BINARY.put(OrOperator.OP, PythonOperators.OR);
    BINARY.put(CollectionMembershipOperator.OP, PythonOperators.IN);
    BINARY.put(CollectionNonMembershipOperator.NOT_IN_OP, PythonOperators.NOT_IN);
    BINARY.put(StringConcatOperator.OP, PythonOperators.CONCAT);
    arithmetic(AdditionOperator.OP, PythonArithmetic.Kind.ADD);
    arithmetic(AstBinary.ADD, PythonArithmetic.Kind.ADD);
    arithmetic(AstBinary.SUB, PythonArithmetic.Kind.SUB);
    arithmetic(AstBinary.MUL, PythonArithmetic.Kind.MUL);
    arithmetic(AstBinary.DIV, PythonArithmetic.Kind.DIV);
    arithmetic(AstBinary.MOD, PythonArithmetic.Kind.MOD);
  }

  private static void arithmetic(AstBinary.Operator original, PythonArithmetic.Kind kind) {
    BINARY.put(original, PythonArithmetic.operator(kind, original));
  }

  PythonParser(Builder context, String input) {
    super(context, input);
    replace(
        CollectionMembershipOperator.TOKEN,
        CollectionMembershipOperator.HANDLER,
        PythonOperators.IN);
    replace(
        CollectionNonMembershipOperator.TOKEN,
        CollectionNonMembershipOperator.HANDLER,
        PythonOperators.NOT_IN);
    replace(StringConcatOperator.TOKEN, StringConcatOperator.HANDLER, PythonOperators.CONCAT);
    replace(
        TruncDivOperator.TOKEN,
        TruncDivOperator.HANDLER,
        PythonArithmetic.operator(PythonArithmetic.Kind.FLOOR_DIV, TruncDivOperator.OP));
    replace(
        PowerOfOperator.TOKEN,
        PowerOfOperator.HANDLER,
        PythonArithmetic.operator(PythonArithmetic.Kind.POW, PowerOfOperator.OP));
  }

  @Override
  protected Scanner createScanner(String expression) {
    return new PythonScanner(expression);
  }

  private void replace(
      Scanner.ExtensionToken token, Parser.ExtensionHandler original, AstBinary.Operator operator) {
    putExtensionHandler(
        token,
        new Parser.ExtensionHandler(original.getExtensionPoint()) {
          @Override
          public AstNode createAstNode(AstNode... children) {
            return new AstBinary(children[0], children[1], operator);
          }
        });
  }

  @Override
  protected AstBinary createAstBinary(AstNode left, AstNode right, AstBinary.Operator operator) {
    return super.createAstBinary(left, right, BINARY.getOrDefault(operator, operator));
  }

  @Override
  protected AstUnary createAstUnary(AstNode child, AstUnary.Operator operator) {
    AstUnary.Operator python =
        operator == AstUnary.NOT
            ? PythonOperators.NOT
            : operator == AstUnary.NEG ? PythonOperators.NEG : operator;
    return super.createAstUnary(child, python);
  }

  /**
   * EL's scanner without EL's word operators ({@code empty}, {@code div}, {@code mod}, {@code eq},
   * {@code ne}, {@code lt}, {@code gt}, {@code le}, {@code ge}, {@code instanceof}), which are
   * names in Jinja2.
   */
  static final class PythonScanner extends ExtendedScanner {
    private static final java.util.Set<String> NAMES =
        java.util.Set.of("empty", "div", "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");

    PythonScanner(String input) {
      super(input);
    }

    @Override
    protected Scanner.Token keyword(String s) {
      return NAMES.contains(s) ? null : super.keyword(s);
    }
  }

  /** The tree builder that parses with a {@link PythonParser}. */
  static final class SyntaxBuilder extends ExtendedSyntaxBuilder {
    private static final long serialVersionUID = 1L;

    @Override
    protected Parser createParser(String expression) {
      return new PythonParser(this, expression);
    }
  }
}
