package org.salescycle.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program a documented command runs, with its arguments and the environment variables the
 * command sets for it, as bash sees them ({@code $(openssl rand -base64 48)} included): the
 * command runs with stand-ins for the programs that only print what they were given.
 */
record Invocation(String program, List<String> args, Map<String, String> environment) {

  private static final Set<String> PROGRAMS = Set.of("mvn", "java", "npm", "curl");
  private static final Set<String> SHELL_OWN = Set.of("PATH", "HOME", "PWD", "SHLVL", "_", "OLDPWD");

  static List<Invocation> of(String command, Path directory) {
    StringBuilder script = new StringBuilder();
    for (String program : PROGRAMS) {
      script.append(program).append("() { printf '%s\\001' ").append(program)
          .append(" \"$@\" >&2; printf '\\002' >&2; env -0 | tr '\\0' '\\001' >&2;"
              + " printf '\\003' >&2; }\n");
    }
    script.append(command);
    Shell.Result printed = Shell.run(script.toString(), directory, Map.of());
    List<Invocation> invocations = new ArrayList<>();
    for (String line : printed.err().split("\u0003")) {
      int environmentStart = line.indexOf('\u0002');
      if (environmentStart < 0) {
        continue;
      }
      List<String> words = List.of(line.substring(0, environmentStart).split("\u0001"));
      Map<String, String> environment = new LinkedHashMap<>();
      for (String variable : line.substring(environmentStart + 1).split("\u0001")) {
        int equals = variable.indexOf('=');
        if (equals > 0 && !SHELL_OWN.contains(variable.substring(0, equals))) {
          environment.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
      }
      invocations.add(new Invocation(words.get(0), words.subList(1, words.size()), environment));
    }
    return invocations;
  }
}
