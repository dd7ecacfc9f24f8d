package bd.gov.followup.security;

import bd.gov.followup.minutes.BengaliDigits;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A text a user submits with a task or a start form has a length limit: {@value #LIMIT} characters, the minutes'
 * decisions ({@code decisionsText}, forty decisions and more) {@value #MINUTES_LIMIT}. Camunda stores strings of any
 * length (db.LongStringSerializer) and Tasklist enforces a form's maxLength only in the browser: over REST an office
 * completed its report with ten million characters, which every reader of the progress report then downloaded.
 * Everyone logged in is limited; the application's own steps (a registration's minutes) are not.
 */
@Component
public class FormTextLimit extends SpringBootProcessEnginePlugin {

  public static final int LIMIT = 20_000;
  public static final int MINUTES_LIMIT = 200_000;
  // the review's decisions box, workflow.DecisionBlocks.VARIABLE: named here, not imported, because workflow uses
  // security (read grants) and not the other way round; OfficeIsolationTest sends the workflow's name
  static final String MINUTES_TEXT = "decisionsText";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private static final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      Authentication user = Context.getCommandContext().getAuthentication();
      if (user != null && user.getUserId() != null) {
        check(submitted(command));
      }
      return next.execute(command);
    }
  }

  /** The variables a task's completion or a process's start carries; null for any other command. */
  static Map<String, ?> submitted(Command<?> command) {
    if (command instanceof CompleteTaskCmd) { // and ResolveTaskCmd
      return CommandFields.read(command, "variables");
    }
    if (command instanceof SubmitTaskFormCmd) {
      return CommandFields.read(command, "properties");
    }
    if (command instanceof SubmitStartFormCmd) {
      return CommandFields.read(command, "variables");
    }
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.read(command, "instantiationBuilder");
      return builder.getVariables();
    }
    return null;
  }

  static void check(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    for (String name : variables.keySet()) {
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      int limit = MINUTES_TEXT.equals(name) ? MINUTES_LIMIT : LIMIT;
      int length = length(value);
      if (length > limit) {
        throw new BadUserRequestException(name + ": লেখাটি খুব দীর্ঘ, সর্বোচ্চ " + BengaliDigits.of(limit)
            + " অক্ষর (এখানে " + BengaliDigits.of(length) + ") / the text is too long: at most " + limit
            + " characters, this one has " + length);
      }
    }
  }

  /** A string's length, or a JSON or object value's as sent (never deserialized here). */
  private static int length(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      value = serializable.getValueSerialized();
    } else if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    return value instanceof CharSequence text ? text.length() : 0;
  }
}
