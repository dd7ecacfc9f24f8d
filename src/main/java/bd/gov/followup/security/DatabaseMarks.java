package bd.gov.followup.security;

/**
 * Engine properties that say which profile has used a database. The demo logs its users in with the password "demo",
 * so the prod profile refuses a database the demo has used, and the demo refuses one production has used.
 */
public final class DatabaseMarks {

  /** Set by the demo's users (DemoUsers); ProductionAdminUser refuses to start on it. */
  public static final String DEMO = "followup.demo-database";

  /** Set by the production admin (ProductionAdminUser); DemoDatabaseGuard refuses to start on it. */
  public static final String PRODUCTION = "followup.production-database";

  /**
   * The demo users' password. A database the demo used before it carried {@link #DEMO} is known by its users who
   * still have it; production refuses those too (its password policy refuses it for any new password).
   */
  public static final String DEMO_PASSWORD = "demo";

  private DatabaseMarks() {}
}
