package org.salescycle.benchmark;

import java.nio.file.Path;
import org.salescycle.benchmark.bare.BareEngineServer;
import org.salescycle.benchmark.bare.JavaApiEngine;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.jdbc.RawJdbcCommits;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.ours.SalesCycleServer;

/**
 * What is measured on one kind of database, all running side by side, each on an empty database
 * of its own: this application, the bare engine over REST and through its Java API, raw JDBC.
 * Every repetition measures each in turn, so that other work on the machine weighs on all alike.
 */
final class Subjects implements AutoCloseable {

  final JdbcTarget oursDatabase;
  final JdbcTarget bareDatabase;
  final SalesCycleServer ours;
  final BareEngineServer bare;
  final JavaApiEngine javaApi;
  final RawJdbcCommits jdbc;

  private Subjects(JdbcTarget oursDatabase, JdbcTarget bareDatabase, SalesCycleServer ours,
      BareEngineServer bare, JavaApiEngine javaApi, RawJdbcCommits jdbc) {
    this.oursDatabase = oursDatabase;
    this.bareDatabase = bareDatabase;
    this.ours = ours;
    this.bare = bare;
    this.javaApi = javaApi;
    this.jdbc = jdbc;
  }

  static Subjects start(Settings settings, BenchmarkDatabase database) {
    Progress.say("%s: starting this application, the bare engine and the Java API engine",
        database.name());
    JdbcTarget oursDatabase = database.create("ours");
    JdbcTarget bareDatabase = database.create("bare");
    SalesCycleServer ours = SalesCycleServer.start(oursName(database), oursDatabase, settings,
        settings.jfr());
    BareEngineServer bare = null;
    try {
      bare = BareEngineServer.start("bare-" + suffix(database), bareDatabase, settings);
      JavaApiEngine javaApi = JavaApiEngine.start(database.create("java_api"));
      ours.prepare();
      bare.prepare();
      return new Subjects(oursDatabase, bareDatabase, ours, bare, javaApi,
          new RawJdbcCommits(database.create("jdbc")));
    } catch (RuntimeException failed) {
      ours.close();
      if (bare != null) {
        bare.close();
      }
      throw failed;
    }
  }

  /** This application's flight recording, with {@code -Dbenchmark.jfr=true}. */
  static Path recording(BenchmarkDatabase database) {
    return SalesCycleServer.recording(oursName(database));
  }

  private static String oursName(BenchmarkDatabase database) {
    return "ours-" + suffix(database);
  }

  private static String suffix(BenchmarkDatabase database) {
    return database.embeddedFile() ? "h2" : "postgres";
  }

  @Override
  public void close() {
    javaApi.close();
    bare.close();
    ours.close();
  }
}
