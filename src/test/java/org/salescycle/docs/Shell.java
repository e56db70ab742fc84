package org.salescycle.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a documented command as the reader would: in bash, in a folder of its own. */
final class Shell {

  record Result(int exitCode, String out, String err) {}

  private Shell() {}

  /**
   * Runs the script with {@code bash -c}; {@code environment} null keeps this JVM's environment,
   * otherwise the script sees only PATH and HOME besides it.
   */
  static Result run(String script, Path directory, Map<String, String> environment) {
    try {
      Path out = Files.createTempFile("shell", ".out");
      Path err = Files.createTempFile("shell", ".err");
      ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      if (environment != null) {
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        String home = env.get("HOME");
        env.clear();
        env.put("PATH", path);
        if (home != null) {
          env.put("HOME", home);
        }
        env.putAll(environment);
      }
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("Still running after 60 s: " + script);
      }
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
