package bd.gov.followup.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Our checks run after the engine opened its command context: the command's task and the user are known then. */
final class PostCommandInterceptors {

  private PostCommandInterceptors() {}

  /** Adds the check behind those another plugin added before it. */
  static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor check) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(check);
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
