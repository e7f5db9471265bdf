/**
 * The one expression language of everything the designer writes as template code.
 *
 * <p>Conditions (of workloads, flows and file guards) and value placeholders (in namespaces, label
 * values, CIDRs, FQDNs, ports) are parsed here, once, and nowhere else. The grammar is a
 * deliberately small, data-only subset of Jinja2:
 *
 * <pre>
 * condition   := or
 * or          := and ( "or" and )*
 * and         := not ( "and" not )*
 * not         := "not" not | comparison
 * comparison  := operand [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) operand | [ "not" ] "in" list ]
 *                (one side a literal; ordering compares numbers or texts, as in Jinja2)
 * operand     := primary ( "|" filter )* [ "is" [ "not" ] "defined" ]
 * primary     := name | literal | "(" or ")"
 * filter      := ( "default" | "d" ) "(" literal [ "," boolean ] ")" | "lower" | "upper"
 *              | "string" | "int"
 * list        := "[" [ literal ( "," literal )* ] "]"
 * literal     := 'text' | "text" | integer | true | false | none (either case)
 * placeholder := "#{" name ( "|" filter )* "}#"
 * </pre>
 *
 * <p>No attribute access, subscripts, calls, arithmetic, other filters or tests, and no line breaks
 * (including U+2028 and U+2029): a text outside the grammar is refused with the column of the first
 * thing that is not allowed ({@link dev.policydesigner.model.expr.ExpressionException}). String
 * literals cannot hold a backslash, a control character or a template delimiter, so a parsed
 * expression can be placed between {@code #% if} and {@code %#} as it is.
 *
 * <p>Evaluation follows Jinja2 3.x with makejinja's chainable undefined: Python truthiness, {@code
 * default} replacing only undefined values (or falsy ones with {@code default(x, true)}), and
 * equality that compares a string with a boolean as unequal rather than failing.
 */
package dev.policydesigner.model.expr;
