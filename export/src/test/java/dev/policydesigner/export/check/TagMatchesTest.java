package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TagMatchesTest {
  private static final Pattern CONDITION =
      Pattern.compile("#%[-+]?\\s*(?:if|elif)\\s+(.*?)\\s*[-+]?%#", Pattern.DOTALL);
  private static final Pattern ASSIGNED =
      Pattern.compile("#%[-+]?\\s*(?:set|for)\\s+([A-Za-z_][A-Za-z0-9_, ]*?)\\s*(?:=|\\bin\\b)");
  private static final Pattern COMMENT = Pattern.compile("#\\|.*?#\\|", Pattern.DOTALL);

  /** Pieces a template is made of, including openings that start no match and half tags. */
  private static final String[] PIECES = {
    "#% if a %#",
    "#% elif b | default(false) %#",
    "#%- if x and y -%#",
    "#% else %#",
    "#% endif %#",
    "#% set e = m == 'enforce' %#",
    "#% for p in ports %#",
    "#%if%#",
    "#%",
    "%#",
    "#| note #|",
    "#|",
    "#{ name }#",
    "#{",
    "}#",
    "\n",
    "  key: value\n",
    "#%#%",
    "# ",
    " in ",
    "text",
    "#% if\nmulti\nline %#",
  };

  @Test
  void findsWhatMatcherFindFindsOnGeneratedTemplates() {
    Random random = new Random(12);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(30);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      assertEquals(found(CONDITION, t), described(TagMatches.of(CONDITION, "#%", t)), t);
      assertEquals(found(ASSIGNED, t), described(TagMatches.of(ASSIGNED, "#%", t)), t);
      assertEquals(COMMENT.matcher(t).replaceAll(""), TagMatches.without(COMMENT, "#|", t), t);
    }
  }

  private static List<String> found(Pattern pattern, String text) {
    List<String> all = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      all.add(m.start() + ":" + m.end() + ":" + m.group(1));
    }
    return all;
  }

  private static List<String> described(List<MatchResult> results) {
    return results.stream().map(r -> r.start() + ":" + r.end() + ":" + r.group(1)).toList();
  }
}
