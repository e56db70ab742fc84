package org.salescycle.benchmark.measure;

/** Progress of long steps on the console, with the minutes and seconds since the start. */
public final class Progress {

  private static final long START = System.nanoTime();

  private Progress() {}

  public static void say(String format, Object... arguments) {
    long seconds = (System.nanoTime() - START) / 1_000_000_000L;
    System.out.printf("[benchmark %02d:%02d] %s%n", seconds / 60, seconds % 60,
        format.formatted(arguments));
    System.out.flush();
  }
}
