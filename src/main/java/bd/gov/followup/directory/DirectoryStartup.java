package bd.gov.followup.directory;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the processes are deployed: groups, authorizations and Tasklist filters follow the directory file. */
@Component
public class DirectoryStartup {

  private final CamundaDirectorySync sync;
  private final TasklistFilters filters;

  public DirectoryStartup(CamundaDirectorySync sync, TasklistFilters filters) {
    this.sync = sync;
    this.filters = filters;
  }

  @EventListener(PostDeployEvent.class)
  @Order(10)
  public void onDeployed() {
    sync.sync();
    filters.sync();
  }
}
