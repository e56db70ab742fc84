package org.salescycle.migration;

import java.util.List;

/**
 * What a migration to the latest version did: per older version, how many instances move (in
 * which batch) and which ones stay behind because they wait at a step the new version lacks.
 */
public record MigrationReport(String processKey, String targetDefinitionId, int targetVersion,
    List<FromVersion> fromVersions) {

  public record FromVersion(String sourceDefinitionId, int version, int migrating, String batchId,
      List<LeftBehind> leftBehind) {}

  /** An instance that cannot move, and the steps it waits at that have no counterpart. */
  public record LeftBehind(String processInstanceId, String businessKey, List<String> unmappedActivities) {}
}
