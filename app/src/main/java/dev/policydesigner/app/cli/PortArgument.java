package dev.policydesigner.app.cli;

import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.check.KubernetesNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --port N[/PROTO]} of {@code simulate}: a port from 1 to 65535 and TCP (default), UDP, SCTP
 * or ANY.
 *
 * @param port the port
 * @param protocol the protocol
 */
record PortArgument(int port, Protocol protocol) {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,6})(?:/([A-Za-z]*))?");

  static PortArgument parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new UserInputException(
          "--port " + text + ": give a port number, optionally with a protocol (e.g. 53/udp)");
    }
    int port = Integer.parseInt(m.group(1));
    if (port < 1 || port > KubernetesNames.MAX_PORT) {
      throw new UserInputException(
          "--port " + text + ": the port must be from 1 to " + KubernetesNames.MAX_PORT);
    }
    Protocol protocol = Protocol.TCP;
    if (m.group(2) != null) {
      protocol =
          Protocol.parse(m.group(2))
              .orElseThrow(
                  () ->
                      new UserInputException(
                          "--port "
                              + text
                              + ": unknown protocol '"
                              + m.group(2)
                              + "': choose tcp, udp, sctp or any"));
    }
    return new PortArgument(port, protocol);
  }
}
