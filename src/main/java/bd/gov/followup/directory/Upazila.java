package bd.gov.followup.directory;

/**
 * An upazila of the district.
 *
 * @param slug lowercase ASCII, used in office ids: uno-{slug}, ap-{slug}, up-{slug}-{union}
 */
public record Upazila(String slug, String nameBn, String nameEn) {}
