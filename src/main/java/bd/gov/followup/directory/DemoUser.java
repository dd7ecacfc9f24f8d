package bd.gov.followup.directory;

/** A user created for the demo, member of its office's group. */
public record DemoUser(String userId, Office office) {}
