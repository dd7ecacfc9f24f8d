package bd.gov.followup.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On H2 only: keeps the planner off Camunda's {@code ACT_IDX_TASK_ASSIGNEE} for the task list of unassigned tasks
 * ({@code taskCandidateGroup(o)}, {@code GET /engine-rest/task?candidateGroup=o}, {@code unassigned()}).
 *
 * <p>Camunda's task query reads {@code ACT_RU_TASK RES} first (H2 never reorders its {@code left join}s) and, for
 * {@code RES.ASSIGNEE_ is null}, H2 always takes the assignee index: its cost model (H2 2.3,
 * {@code Index.getCostRangeIndex}) counts an equality on an indexed column as table size × selectivity / 100 distinct
 * values, and the lowest selectivity there is (1, what {@code ANALYZE} finds for a column that is nearly all NULL;
 * {@code SELECTIVITY 0} means "default", 50) still makes the assignee index look like 100 rows against the whole
 * table for every other index. So no statistics and no {@code ALTER TABLE … SELECTIVITY} change the choice. Reading
 * every unassigned task, joining each to its identity link, process definition and authorizations and sorting them
 * took 1.4–6 s at 100,000 open tasks. Without that index H2
 * walks the index of the sort column ({@code ID_}, Camunda's default order; {@code CREATE_TIME_}) and stops after the
 * page: about 1,000 rows for an office with 5 % of the tasks (bench/README.md, section 3).
 *
 * <p>So the list query ({@code selectTaskByQueryCriteria}, not its count) gets an H2 index hint, {@code USE INDEX}
 * with every index of {@code ACT_RU_TASK} except those that start with {@code ASSIGNEE_}, when its SQL asks for
 * {@code RES.ASSIGNEE_ is null}. A hint only chooses the access path: rows and order are those of Camunda's SQL.
 * Other indexed conditions (process instance, execution, …) keep their indexes. Queries for an assignee
 * ({@code taskAssignee(u)}, "my tasks") are untouched. PostgreSQL plans this query well by itself (it needs
 * statistics for the authorization part: {@link PostgresTaskListStatistics}).
 * {@code followup.h2-task-list-hint: false} turns the hint off (to compare, or should a Camunda upgrade's SQL
 * disagree with it).
 */
@Component
@ConditionalOnProperty(name = "followup.h2-task-list-hint", havingValue = "true", matchIfMissing = true)
public class H2TaskListPlan extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(H2TaskListPlan.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Hint());
    log.info("H2: unassigned-task lists are planned without ACT_IDX_TASK_ASSIGNEE (index hint)");
  }

  /** Camunda's task list statement (the count is not touched: it reads every matching row anyway). */
  static final String STATEMENT = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";

  static final Pattern UNASSIGNED = Pattern.compile("\\bRES\\.ASSIGNEE_\\s+is\\s+null\\b", Pattern.CASE_INSENSITIVE);

  /** The task table of the main query: the first {@code from ACT_RU_TASK RES}, without a table prefix. */
  static final Pattern FROM_TASKS = Pattern.compile("\\bfrom\\s+ACT_RU_TASK\\s+RES\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The SQL with the hint, or the SQL unchanged when it does not ask for unassigned tasks, already has a hint, or
   * there is no index to exclude.
   */
  static String withHint(String sql, List<String> indexesWithoutAssignee) {
    if (indexesWithoutAssignee == null || !UNASSIGNED.matcher(sql).find()
        || sql.toUpperCase().contains("USE INDEX")) {
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

  /** Rewrites the list statement's SQL before the executor prepares it (the parameters stay as they are). */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class Hint implements Interceptor {

    /** Lists that got the hint (for tests). */
    final AtomicLong hintedLists = new AtomicLong();

    /** Read once, on the first list of unassigned tasks (the schema exists by then). */
    private volatile List<String> indexes;
    private volatile boolean read;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      MappedStatement statement = (MappedStatement) args[0];
      if (!STATEMENT.equals(statement.getId())) {
        return invocation.proceed();
      }
      // as Executor.query(statement, parameter, rows, handler) does, with the SQL built once
      Object parameter = args[1];
      RowBounds rows = (RowBounds) args[2];
      Executor executor = (Executor) invocation.getTarget();
      BoundSql bound = statement.getBoundSql(parameter);
      BoundSql used = UNASSIGNED.matcher(bound.getSql()).find() ? hinted(statement, parameter, bound, executor) : bound;
      CacheKey key = executor.createCacheKey(statement, parameter, rows, used);
      return executor.query(statement, parameter, rows, (ResultHandler<?>) args[3], key, used);
    }

    private BoundSql hinted(MappedStatement statement, Object parameter, BoundSql bound, Executor executor) {
      if (!read) {
        try {
          indexes = indexesWithoutAssignee(executor.getTransaction().getConnection());
        } catch (SQLException e) {
          log.warn("H2: indexes of ACT_RU_TASK not readable, task lists without the index hint: {}", e.getMessage());
        }
        read = true;
      }
      String sql = withHint(bound.getSql(), indexes);
      if (sql.equals(bound.getSql())) {
        return bound;
      }
      BoundSql hinted = new BoundSql(statement.getConfiguration(), sql, bound.getParameterMappings(), parameter);
      // the values of <bind> and <foreach> (Camunda's group lists, its query objects) travel beside the SQL
      bound.getAdditionalParameters().forEach(hinted::setAdditionalParameter);
      hintedLists.incrementAndGet();
      return hinted;
    }
  }
}
