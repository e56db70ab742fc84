package org.salescycle.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, finds the groups that have authorizations (which the engine asks before every
 * authorization check of a user) by walking the index on {@code GROUP_ID_} one group at a time
 * instead of reading the whole authorization table, which holds a row per open task, so that
 * every request stays fast with many open tasks;
 * {@code sales-cycle.engine.authorized-groups-by-index=false} leaves the engine's own query.
 *
 * <p>The set is the one the engine keeps (without the null of user authorizations). H2 answers
 * the engine's {@code distinct} from the index by itself, so there the engine keeps its query.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.authorized-groups-by-index",
    matchIfMissing = true)
class AuthorizedGroupsByIndex extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizedGroupsByIndex.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      String query = groupsQuery(configuration.getDatabaseTablePrefix());
      configuration.getSessionFactories().put(AuthorizationManager.class, new SessionFactory() {
        @Override
        public Class<?> getSessionType() {
          return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
          return new ManagerReadingGroupsByIndex(query);
        }
      });
      LOG.info("Groups with authorizations are read through the index on GROUP_ID_");
    }
  }

  static String groupsQuery(String tablePrefix) {
    String table = (tablePrefix == null ? "" : tablePrefix) + "ACT_RU_AUTHORIZATION";
    return """
        with recursive AUTHORIZED_GROUP (ID_) as (
          (select GROUP_ID_ from %1$s where GROUP_ID_ is not null
           order by GROUP_ID_ fetch first 1 rows only)
          union all
          select (select A.GROUP_ID_ from %1$s A where A.GROUP_ID_ > G.ID_
                  order by A.GROUP_ID_ fetch first 1 rows only)
          from AUTHORIZED_GROUP G where G.ID_ is not null
        )
        select ID_ from AUTHORIZED_GROUP where ID_ is not null""".formatted(table);
  }

  /** The engine's authorization manager (one per command) with the group lookup replaced. */
  static final class ManagerReadingGroupsByIndex extends AuthorizationManager {

    private final String query;

    ManagerReadingGroupsByIndex(String query) {
      this.query = query;
    }

    @Override
    protected Set<String> getAllGroups() {
      if (availableAuthorizedGroupIds == null) {
        availableAuthorizedGroupIds = readGroups();
      }
      return availableAuthorizedGroupIds;
    }

    private Set<String> readGroups() {
      Connection connection = getDbSqlSession().getSqlSession().getConnection();
      Set<String> groups = new HashSet<>();
      try (PreparedStatement statement = connection.prepareStatement(query);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          groups.add(rows.getString(1));
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read the groups that have authorizations", e);
      }
      return groups;
    }
  }
}
