package bd.gov.followup.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On H2 only: plans an office's task list and its count ({@code taskCandidateGroup(o)}, {@code taskCandidateGroupIn},
 * {@code GET /engine-rest/task?candidateGroup=o}, Tasklist's filters) the way PostgreSQL's planner does by itself:
 * from the office's identity links when it has few, from the task table's sort order when it has many.
 *
 * <p>Camunda's task query reads {@code ACT_RU_TASK RES} first, {@code left join}s the identity links, and H2 never
 * reorders a {@code left join}. Two things follow at 100,000 open tasks (bench/README.md, section 3):
 * <ul>
 *   <li>For {@code RES.ASSIGNEE_ is null} H2 always takes {@code ACT_IDX_TASK_ASSIGNEE}: its cost model (H2 2.3,
 *   {@code Index.getCostRangeIndex}) counts an equality on an indexed column as table size × selectivity / 100
 *   distinct values, and the lowest selectivity there is (1, what {@code ANALYZE} finds for a column that is nearly all
 *   NULL) still makes that index look like 100 rows against the whole table for every other index; no statistics
 *   change the choice. Reading every unassigned task took 1.4–6 s. Without that index H2 walks the index of the sort
 *   column ({@code ID_}, Camunda's default order; {@code CREATE_TIME_}) and stops after the page: about 1,000 rows
 *   for an office with 5 % of the tasks. So such a list gets an index hint, {@code USE INDEX} with every index of
 *   {@code ACT_RU_TASK} except those that start with {@code ASSIGNEE_}.</li>
 *   <li>Walking the sort order finds a page only if the office has one to find: an office with fewer than 50 open
 *   tasks — most offices, most of the time — reads the whole index (0.3–0.5 s), and so does every count (0.4–0.6 s,
 *   which Tasklist asks for with each list and each filter's badge). When the query's candidate condition is a
 *   plain list of groups in a query without {@code or}, the identity link must exist for a row to match, so the
 *   {@code left join} is an inner join in all but name: the statement then reads
 *   {@code from ACT_RU_IDENTITYLINK I inner join ACT_RU_TASK RES}, and H2 starts from the office's links
 *   ({@code ACT_IDX_IDENT_LNK_GROUP}). Counts always do; lists do when the groups have at most
 *   {@link #LINKS_FIRST_UP_TO} links (a bounded count of the index before the list): above that, the sort order
 *   reaches a page sooner (at 100,000 tasks: 180 links 4 ms against 62 ms, 860 links 15 against 12 ms, 5,000 links
 *   75 against 9 ms).</li>
 * </ul>
 * Either way only the access path changes: rows and order are those of Camunda's SQL. Queries for an assignee
 * ({@code taskAssignee(u)}, "my tasks") are untouched. PostgreSQL plans this query well by itself (it needs
 * statistics for the authorization part: {@link PostgresTaskListStatistics}). {@code followup.h2-task-list-plan:
 * false} turns both off (to compare, or should a Camunda upgrade's SQL disagree with them).
 */
@Component
@ConditionalOnProperty(name = "followup.h2-task-list-plan", havingValue = "true", matchIfMissing = true)
public class H2TaskListPlan extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(H2TaskListPlan.class);

  /** Up to this many identity links of the office's groups, its list starts from them (measured crossover ~900). */
  static final int LINKS_FIRST_UP_TO = 1000;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Planner());
    log.info("H2: an office's task list starts from its identity links or walks the sort order (db.H2TaskListPlan)");
  }

  /** Camunda's task list and count statements. */
  static final String LIST = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";
  static final String COUNT =
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria";

  static final Pattern UNASSIGNED = Pattern.compile("\\bRES\\.ASSIGNEE_\\s+is\\s+null\\b", Pattern.CASE_INSENSITIVE);

  /** The task table of the main query: the first {@code from ACT_RU_TASK RES}, without a table prefix. */
  static final Pattern FROM_TASKS = Pattern.compile("\\bfrom\\s+ACT_RU_TASK\\s+RES\\b", Pattern.CASE_INSENSITIVE);

  /** The task table and Camunda's left join of the identity links, as its mapping writes them. */
  static final Pattern FROM_TASKS_JOIN_LINKS = Pattern.compile("\\bfrom\\s+ACT_RU_TASK\\s+RES\\s+left\\s+join\\s+"
      + "ACT_RU_IDENTITYLINK\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The SQL reading the identity links first, or the SQL unchanged when it does not join them as Camunda's mapping
   * does. Only for queries whose every row needs a candidate link ({@link #officeGroups}).
   */
  static String linksFirst(String sql) {
    Matcher from = FROM_TASKS_JOIN_LINKS.matcher(sql);
    if (!from.find()) {
      return sql;
    }
    return sql.substring(0, from.start())
        + "from ACT_RU_IDENTITYLINK I inner join ACT_RU_TASK RES on I.TASK_ID_ = RES.ID_" + sql.substring(from.end());
  }

  /**
   * The candidate groups of a task query whose rows all need a candidate link of one of them: no {@code or} part, a
   * list of groups and neither a candidate user nor a group pattern (those have their own conditions). Null for any
   * other query.
   */
  static List<String> officeGroups(Object parameter) {
    if (!(parameter instanceof TaskQueryImpl query) || query.getQueries().size() != 1
        || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
      return null;
    }
    List<String> groups = query.getCandidateGroups();
    return groups == null || groups.isEmpty() ? null : groups;
  }

  /** Whether the groups have at most {@code limit} identity links (reads at most limit + 1 index entries). */
  static boolean fewLinks(Connection connection, List<String> groups, int limit) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(groups.size(), "?"));
    try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM ACT_RU_IDENTITYLINK"
        + " WHERE GROUP_ID_ IN (" + marks + ") LIMIT " + (limit + 1) + ")")) {
      for (int i = 0; i < groups.size(); i++) {
        statement.setString(i + 1, groups.get(i));
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1) <= limit;
      }
    }
  }

  /**
   * The SQL with the hint, or the SQL unchanged when it does not ask for unassigned tasks, already has a hint, or
   * there is no index to exclude.
   */
  static String withHint(String sql, List<String> indexesWithoutAssignee) {
    if (indexesWithoutAssignee == null || !UNASSIGNED.matcher(sql).find()
        || sql.toUpperCase(java.util.Locale.ROOT).contains("USE INDEX")) {
      return sql;
    }
    Matcher from = FROM_TASKS.matcher(sql);
    if (!from.find()) {
      return sql;
    }
    StringBuilder hint = new StringBuilder(" USE INDEX (");
    for (int i = 0; i < indexesWithoutAssignee.size(); i++) {
      hint.append(i == 0 ? "" : ", ").append('"').append(indexesWithoutAssignee.get(i)).append('"');
    }
    hint.append(')');
    return sql.substring(0, from.end()) + hint + sql.substring(from.end());
  }

  /**
   * The indexes of {@code ACT_RU_TASK} in the connection's schema whose first column is not {@code ASSIGNEE_}; null
   * when the table or an assignee index is missing (then there is nothing to do).
   */
  static List<String> indexesWithoutAssignee(Connection connection) throws SQLException {
    List<String> others = new ArrayList<>();
    boolean assignee = false;
    try (var statement = connection.prepareStatement("SELECT I.INDEX_NAME, C.COLUMN_NAME"
        + " FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C"
        + " ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME AND C.ORDINAL_POSITION = 1"
        + " WHERE I.TABLE_SCHEMA = SCHEMA() AND I.TABLE_NAME = 'ACT_RU_TASK' ORDER BY I.INDEX_NAME");
        var rows = statement.executeQuery()) {
      while (rows.next()) {
        if ("ASSIGNEE_".equals(rows.getString(2))) {
          assignee = true;
        } else {
          others.add(rows.getString(1));
        }
      }
    }
    return assignee && !others.isEmpty() ? List.copyOf(others) : null;
  }

  /** Rewrites the list and count statements' SQL before the executor prepares it (the parameters stay as they are). */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class Planner implements Interceptor {

    /** Statements that started from the identity links, and lists that got the index hint (for tests). */
    final AtomicLong linksFirst = new AtomicLong();
    final AtomicLong hintedLists = new AtomicLong();
    /** {@link #LINKS_FIRST_UP_TO}; tests lower it rather than make a thousand tasks. */
    volatile int linksFirstUpTo = LINKS_FIRST_UP_TO;

    /** Read once, on the first list of unassigned tasks (the schema exists by then). */
    private volatile List<String> indexes;
    private volatile boolean read;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      MappedStatement statement = (MappedStatement) args[0];
      boolean list = LIST.equals(statement.getId());
      if (!list && !COUNT.equals(statement.getId())) {
        return invocation.proceed();
      }
      // as Executor.query(statement, parameter, rows, handler) does, with the SQL built once
      Object parameter = args[1];
      RowBounds rows = (RowBounds) args[2];
      Executor executor = (Executor) invocation.getTarget();
      BoundSql bound = statement.getBoundSql(parameter);
      String sql = planned(list, bound.getSql(), officeGroups(parameter), executor);
      BoundSql used = sql.equals(bound.getSql()) ? bound : rewritten(statement, parameter, bound, sql);
      CacheKey key = executor.createCacheKey(statement, parameter, rows, used);
      return executor.query(statement, parameter, rows, (ResultHandler<?>) args[3], key, used);
    }

    private String planned(boolean list, String sql, List<String> groups, Executor executor) throws SQLException {
      if (groups != null && (!list || fewLinks(executor.getTransaction().getConnection(), groups, linksFirstUpTo))) {
        String fromLinks = linksFirst(sql);
        if (!fromLinks.equals(sql)) {
          linksFirst.incrementAndGet();
          return fromLinks;
        }
      }
      if (!list || !UNASSIGNED.matcher(sql).find()) {
        return sql;
      }
      if (!read) {
        try {
          indexes = indexesWithoutAssignee(executor.getTransaction().getConnection());
        } catch (SQLException e) {
          log.warn("H2: indexes of ACT_RU_TASK not readable, task lists without the index hint: {}", e.getMessage());
        }
        read = true;
      }
      String hinted = withHint(sql, indexes);
      if (!hinted.equals(sql)) {
        hintedLists.incrementAndGet();
      }
      return hinted;
    }

    private static BoundSql rewritten(MappedStatement statement, Object parameter, BoundSql bound, String sql) {
      BoundSql rewritten = new BoundSql(statement.getConfiguration(), sql, bound.getParameterMappings(), parameter);
      // the values of <bind> and <foreach> (Camunda's group lists, its query objects) travel beside the SQL
      bound.getAdditionalParameters().forEach(rewritten::setAdditionalParameter);
      return rewritten;
    }
  }
}
