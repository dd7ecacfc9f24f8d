package bd.gov.followup.security;

import bd.gov.followup.minutes.BengaliDigits;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A logged-in user changes a task's variables only through its form: completing or submitting a task with any
 * variable that is not a field of the task's form is refused, and so is setting or removing a task's variables
 * without completing it (resolving a delegated task with variables, or submitting its form, included: both only
 * resolve it, so the form's complete listeners never check what was written), or ending the task with a BPMN
 * error or escalation.
 *
 * <p>Camunda hands a task's variables to its execution, which sets each one where it already exists: an office
 * completing its report task with {@code leadGroup} in the body would route the verification to itself, and
 * {@code deadline}, {@code officesReported} or {@code outcome} would change the decision for everyone; set on an
 * open task without completing it, even a form's own field skips the form's checks (a lead could write any text
 * as the deadline). The forms name what each task may write ({@link TaskFormFields}); Tasklist submits exactly
 * those and changes variables no other way. A user's start of a process is held to its start form's fields alike.
 * The application's own steps (no user logged in, or its own start: {@link ApplicationStarts}) and
 * {@code camunda-admin} are not restricted.
 */
@Component
public class FormFieldsOnly extends SpringBootProcessEnginePlugin {

  private final TaskFormFields forms;

  public FormFieldsOnly(TaskFormFields forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  /** After the command context opens: the task and the user are known. */
  private final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      Submission submission = Submission.of(command);
      if (submission != null) {
        check(submission, Context.getCommandContext());
      }
      Start start = Start.of(command);
      if (start != null) {
        check(start, Context.getCommandContext());
      }
      return next.execute(command);
    }
  }

  void check(Submission submission, CommandContext context) {
    Authentication user = context.getAuthentication();
    if (user == null || user.getUserId() == null
        || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return;
    }
    if (!submission.completes()) {
      throw refused(submission.what());
    }
    TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
    if (task == null) {
      return; // the command itself says that the task does not exist
    }
    if (submission.resolvesPending() && task.getDelegationState() == DelegationState.PENDING
        && !submission.names().isEmpty()) {
      // Camunda then resolves the task instead of completing it: its complete listeners would not check the form
      throw refused("submitting the form of a delegated task (resolve it, handing it back to its owner, who then"
          + " submits the form)");
    }
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    checkFields(submission.names(), submission::value, ref,
        ref == null ? Map.of() : deployedFields(task.getProcessDefinition(), ref, context), "এই কাজের", "this task's");
  }

  /**
   * A user's start of a process (Tasklist's start form, REST's start or submit-form) carries its start form's
   * fields only, each of its kind: a variable of the caller's choosing would be stored on the instance, and a value
   * the engine refuses to store (a Java-serialized object) failed the start with 500. The application's own starts
   * (a meeting registered from its minutes, {@link ApplicationStarts}) carry their own variables.
   */
  void check(Start start, CommandContext context) {
    Authentication user = context.getAuthentication();
    if (user == null || user.getUserId() == null || ApplicationStarts.running()
        || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)
        || start.values() == null || start.values().isEmpty()) {
      return;
    }
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity process = start.processDefinitionId() != null
        ? cache.findDeployedProcessDefinitionById(start.processDefinitionId())
        : cache.findDeployedLatestProcessDefinitionByKey(start.processDefinitionKey());
    if (process == null) {
      return; // the command itself says that there is no such process
    }
    StartFormData startForm = new GetStartFormCmd(process.getId()).execute(context);
    CamundaFormRef ref = startForm == null ? null : startForm.getCamundaFormRef();
    checkFields(start.values().keySet(), name -> valueAsSent(start.values(), name), ref,
        ref == null ? Map.of() : deployedFields(process, ref, context), "শুরুর", "the start");
  }

  private static void checkFields(Collection<String> names, Function<String, TypedValue> values, CamundaFormRef ref,
      Map<String, TaskFormFields.Field> fields, String whoseBn, String whose) {
    String form = ref == null ? null : ref.getKey();
    List<String> foreign = names.stream().filter(name -> !fields.containsKey(name)).sorted().toList();
    if (!foreign.isEmpty()) {
      throw new BadUserRequestException(foreign.get(0) + ": " + whoseBn + " ফর্মে এই ঘর নেই / not a field of " + whose
          + " form" + (form == null ? "" : " " + form) + " (" + String.join(", ", foreign) + "); its fields: "
          + fields.keySet());
    }
    for (String name : names) {
      TaskFormFields.Field field = fields.get(name);
      TypedValue value = values.apply(name);
      String misfit = FormValueKinds.misfit(field.kind(), value);
      if (misfit != null) {
        throw new BadUserRequestException(name + ": এই ঘরে এ ধরনের মান দেওয়া যায় না / the form's " + field.kind()
            + " does not take a value of type " + misfit);
      }
      // the form's own limit, which Tasklist checks only in the browser: a longer text sent over REST would come back
      // in the form (a report sent back) that Tasklist then refuses to submit until the office cuts its own words
      // (a serialized value is never read: that would build the class it names; a text is never one)
      int length = value != null && !(value instanceof SerializableValue) && value.getValue() instanceof String text
          ? text.length() : 0;
      if (field.maxLength() > 0 && length > field.maxLength()) {
        throw new BadUserRequestException(name + ": লেখা সর্বোচ্চ " + BengaliDigits.of(field.maxLength()) + " অক্ষর"
            + " (এখানে " + BengaliDigits.of(length) + ") / at most " + field.maxLength() + " characters, this one has "
            + length);
      }
    }
  }

  /**
   * The fields of the form the task was created with: the one deployed with its process definition (the forms bind
   * by deployment), so that a task started before an upgrade takes the fields its own form shows.
   */
  private Map<String, TaskFormFields.Field> deployedFields(ProcessDefinitionEntity process, CamundaFormRef ref,
      CommandContext context) {
    String deployment = process == null ? null : process.getDeploymentId();
    if ("deployment".equals(ref.getBinding()) && deployment != null) {
      // what a deployment holds never changes: looked up once per deployment and form, not at every submission
      return forms.ofDeployed(deployment + "/" + ref.getKey(), () -> deployedForm(ref, deployment, context));
    }
    CamundaFormDefinition deployed = new GetCamundaFormDefinitionCmd(ref, deployment).execute(context);
    return deployed == null ? Map.of() : forms.ofDeployed(deployed.getId(), () -> deployedForm(ref, deployment, context));
  }

  /** The form file as deployed; none (no fields) when the form is missing, which Tasklist cannot show either. */
  private static byte[] deployedForm(CamundaFormRef ref, String deployment, CommandContext context) {
    CamundaFormDefinition deployed = new GetCamundaFormDefinitionCmd(ref, deployment).execute(context);
    return deployed == null ? null : context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(deployed.getDeploymentId(), deployed.getResourceName()).getBytes();
  }

  private static BadUserRequestException refused(String what) {
    return new BadUserRequestException("কাজের তথ্য শুধু ফর্ম জমা দিয়ে বদলানো যায় / a task's variables change only by"
        + " completing its form: " + what + " is not allowed");
  }

  /** As sent: a serialized object stays serialized (reading it as a value would build the class it names). */
  private static TypedValue valueAsSent(Map<String, ?> values, String name) {
    return values instanceof VariableMap typed ? typed.getValueTyped(name) : Variables.untypedValue(values.get(name));
  }

  /** What a user's start of a process carries: the process (by id, or the latest of a key) and the variables. */
  record Start(String processDefinitionId, String processDefinitionKey, Map<String, ?> values) {

    static Start of(Command<?> command) {
      if (command instanceof SubmitStartFormCmd) {
        return new Start(CommandFields.read(command, "processDefinitionId"), null,
            CommandFields.read(command, "variables"));
      }
      if (command instanceof StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl builder = CommandFields.read(command, "instantiationBuilder");
        return new Start(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), builder.getVariables());
      }
      return null;
    }
  }

  /**
   * What a command writes to a task: the task, the variable names, whether it completes the task through its form
   * (the only way a user may write), and what it is, for the refusal. Read from Camunda's command objects.
   */
  record Submission(String taskId, Map<String, ?> values, Collection<String> names, boolean completes, String what) {

    Submission(String taskId, Map<String, ?> values, boolean completes, String what) {
      this(taskId, values, values == null ? List.of() : values.keySet(), completes, what);
    }

    TypedValue value(String name) {
      return values == null ? null : valueAsSent(values, name);
    }

    /** submit-form on a delegated task resolves it (complete completes it, listeners and all) */
    boolean resolvesPending() {
      return "submit-form".equals(what);
    }

    static Submission of(Command<?> command) {
      if (command instanceof ResolveTaskCmd) { // a CompleteTaskCmd that only hands the task back to its owner
        Map<String, ?> variables = field(command, "variables");
        return variables == null || variables.isEmpty() ? null : new Submission(field(command, "taskId"), variables,
            false, "resolving a delegated task");
      }
      if (command instanceof CompleteTaskCmd) {
        return new Submission(field(command, "taskId"), field(command, "variables"), true, "complete");
      }
      if (command instanceof SubmitTaskFormCmd) {
        return new Submission(field(command, "taskId"), field(command, "properties"), true, "submit-form");
      }
      if (command instanceof SetTaskVariablesCmd) {
        return new Submission(field(command, "entityId"), field(command, "variables"), false, "setting variables");
      }
      if (command instanceof RemoveTaskVariablesCmd) {
        Collection<String> names = field(command, "variableNames");
        return new Submission(field(command, "entityId"), null, names == null ? List.of() : names, false,
            "removing variables");
      }
      if (command instanceof PatchTaskVariablesCmd) {
        return new Submission(field(command, "entityId"), field(command, "variables"), false,
            "changing variables");
      }
      // no task of these processes has an error or escalation boundary: such an error would only end the task
      // unchecked (and set its variables first)
      if (command instanceof HandleTaskBpmnErrorCmd) {
        return new Submission(field(command, "taskId"), field(command, "variables"), false, "a BPMN error");
      }
      if (command instanceof HandleTaskEscalationCmd) {
        return new Submission(field(command, "taskId"), field(command, "variables"), false, "an escalation");
      }
      return null;
    }

    private static <V> V field(Object command, String name) {
      return CommandFields.read(command, name);
    }
  }
}
