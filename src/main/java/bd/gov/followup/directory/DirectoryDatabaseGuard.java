package bd.gov.followup.directory;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A database serves one district's directory. A restart that lost FOLLOWUP_DIRECTORY_LOCATION (a service unit missing
 * one variable) loaded the built-in Jhenaidah file onto Kushtia's database: the sync created Jhenaidah's groups for
 * good and revoked Kushtia's chair's grants, and the start only warned. The first start marks the database with the
 * directory's id; a later start with another directory is refused before anything is synced. A database from before
 * the mark is marked only if most of its offices are the directory's (the first start after the upgrade may be the
 * one that lost the variable). {@code followup.directory.adopt-database=true} marks it with the directory loaded
 * whatever it held (a district that renamed its directory's id). Checked when the engine is built, before the
 * processes are deployed.
 */
@Component
public class DirectoryDatabaseGuard extends SpringBootProcessEnginePlugin {

  /** The engine property that names the directory a database serves. */
  static final String PROPERTY = "followup.directory";
  static final String ADOPT = "followup.directory.adopt-database";

  private final OfficeDirectory directory;
  private final boolean adopt;

  public DirectoryDatabaseGuard(OfficeDirectory directory, @Value("${" + ADOPT + ":false}") boolean adopt) {
    this.directory = directory;
    this.adopt = adopt;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    String marked = management.getProperties().get(PROPERTY);
    if (adopt && !directory.id().equals(marked)) {
      management.setProperty(PROPERTY, directory.id());
      return;
    }
    if (marked == null) {
      refuseForeignOffices(engine);
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
          + ". Is " + DirectoryConfiguration.LOCATION_PROPERTY + " (FOLLOWUP_DIRECTORY_LOCATION) missing? Start with the"
          + " file of '" + marked + "', or point spring.datasource.url (DB_URL) at this district's own database ("
          + ADOPT + "=true makes this database the directory's, if it really is).");
    }
  }

  /** An unmarked database whose office groups are mostly not the directory's is another district's. */
  private void refuseForeignOffices(ProcessEngine engine) {
    Set<String> known = directory.offices().stream().map(Office::id).collect(Collectors.toSet());
    Set<String> offices = engine.getIdentityService().createGroupQuery()
        .groupType(CamundaDirectorySync.GROUP_TYPE_OFFICE).unlimitedList().stream().map(Group::getId)
        .collect(Collectors.toSet());
    long foreign = offices.stream().filter(id -> !known.contains(id)).count();
    if (foreign * 2 > offices.size()) {
      throw new IllegalStateException(foreign + " of the " + offices.size() + " office groups in this database are not"
          + " in the office directory loaded, '" + directory.id() + "'. Is " + DirectoryConfiguration.LOCATION_PROPERTY
          + " (FOLLOWUP_DIRECTORY_LOCATION) missing? Start with this district's directory file (" + ADOPT
          + "=true makes this database the directory's, if it really is).");
    }
  }
}
