package bd.gov.followup.security;

import java.lang.reflect.Field;

/** What a command of Camunda's carries, read by the checks that intercept it. */
final class CommandFields {

  private CommandFields() {}

  /**
   * Camunda's commands keep these as protected fields without getters. Should an upgrade rename one, this fails
   * every such command (the tests catch it) rather than letting anything through.
   */
  @SuppressWarnings("unchecked")
  static <V> V read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name
        + ": the security checks need updating for this Camunda version");
  }
}
