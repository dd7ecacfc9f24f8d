package bd.gov.followup.directory;

/** Where an office sits in the field administration; lateness escalates by level. */
public enum OfficeLevel {
  DISTRICT,
  UPAZILA,
  UNION
}
