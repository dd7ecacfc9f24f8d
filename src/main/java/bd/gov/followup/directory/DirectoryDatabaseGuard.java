package bd.gov.followup.directory;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A database serves one district's directory. A restart that lost FOLLOWUP_DIRECTORY_LOCATION (a service unit missing
 * one variable) loaded the built-in Jhenaidah file onto Kushtia's database: the sync created Jhenaidah's groups for
 * good and revoked Kushtia's chair's grants, and the start only warned. The first start marks the database with the
 * directory's id; a later start with another directory is refused before anything is synced. Checked when the
 * engine is built, before the processes are deployed.
 */
@Component
public class DirectoryDatabaseGuard extends SpringBootProcessEnginePlugin {

  /** The engine property that names the directory a database serves. */
  static final String PROPERTY = "followup.directory";

  private final OfficeDirectory directory;

  public DirectoryDatabaseGuard(OfficeDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    String marked = management.getProperties().get(PROPERTY);
    if (marked == null) {
      try {
        management.setProperty(PROPERTY, directory.id());
        return;
      } catch (RuntimeException anotherNodeMarkedItFirst) {
        // two nodes of a cluster starting at once on a new database: the other's mark is checked as any other
        marked = management.getProperties().get(PROPERTY);
        if (marked == null) {
          throw anotherNodeMarkedItFirst;
        }
      }
    }
    if (!marked.equals(directory.id())) {
      throw new IllegalStateException("This database serves the office directory '" + marked + "', but the directory"
          + " loaded is '" + directory.id() + "'" + (directory.nameEn() == null ? "" : " (" + directory.nameEn() + ")")
          + ". Is "
          + DirectoryConfiguration.LOCATION_PROPERTY + " (FOLLOWUP_DIRECTORY_LOCATION) missing? Start with the file"
          + " of '" + marked + "', or point spring.datasource.url (DB_URL) at this district's own database.");
    }
  }
}
