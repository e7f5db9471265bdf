package dev.policydesigner.model;

/**
 * Diagram-wide settings.
 *
 * @param enabledFlag the flag that turns network policies on ({@code network_policies_enabled})
 * @param modeFlag the flag holding {@code audit} / {@code enforce} ({@code network_policies_mode})
 * @param defaultDenyStyle the style of new files
 * @param layoutPattern path pattern of new files, with {@code {namespace}} and {@code {app}}
 */
public record Settings(
    String enabledFlag, String modeFlag, DefaultDenyStyle defaultDenyStyle, String layoutPattern) {
  /** The repo conventions of the seed document. */
  public static final Settings DEFAULT =
      new Settings(
          "network_policies_enabled",
          "network_policies_mode",
          DefaultDenyStyle.IF_BLOCK,
          "templates/config/kubernetes/apps/{namespace}/{app}/app/networkpolicy.yaml.j2");

  public Settings {
    enabledFlag =
        enabledFlag == null || enabledFlag.isBlank() ? "network_policies_enabled" : enabledFlag;
    modeFlag = modeFlag == null || modeFlag.isBlank() ? "network_policies_mode" : modeFlag;
    defaultDenyStyle = defaultDenyStyle == null ? DefaultDenyStyle.IF_BLOCK : defaultDenyStyle;
    layoutPattern =
        layoutPattern == null || layoutPattern.isBlank() ? DEFAULT_PATTERN : layoutPattern;
  }

  private static final String DEFAULT_PATTERN =
      "templates/config/kubernetes/apps/{namespace}/{app}/app/networkpolicy.yaml.j2";

  /** The conjunct that turns policies on: {@code network_policies_enabled | default(false)}. */
  public String enabledConjunct() {
    return enabledFlag + " | default(false)";
  }

  /** The layout pattern of new files and what it says about existing paths. */
  public LayoutPattern layout() {
    return new LayoutPattern(layoutPattern);
  }

  /** The Jinja expression of enforce mode. */
  public String enforceExpression() {
    return modeFlag + " | default('audit') == 'enforce'";
  }
}
