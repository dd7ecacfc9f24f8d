package bd.gov.followup.web;

/** A query parameter that is a number, but not one the endpoint takes ({@code size=-1}, {@code size=100000}). */
class ParameterOutOfRangeException extends RuntimeException {

  final String name;
  final long value;
  final long min;
  final long max;

  ParameterOutOfRangeException(String name, long value, long min, long max) {
    super("query parameter " + name + " takes " + min + " to " + max + ", not " + value);
    this.name = name;
    this.value = value;
    this.min = min;
    this.max = max;
  }

  /** @return the value when it lies within [min, max] */
  static int within(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ParameterOutOfRangeException(name, value, min, max);
    }
    return value;
  }
}
