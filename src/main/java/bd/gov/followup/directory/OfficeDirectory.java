package bd.gov.followup.directory;

import bd.gov.followup.directory.DirectoryFile.OfficeEntry;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The offices of one district, the sets minutes name them by, and the phrases that point to them; loaded from a YAML
 * file (one per district). Immutable, so one instance serves every thread.
 */
public final class OfficeDirectory {

  // unknown fields fail: a misspelt field in a hand-edited file must not be silently ignored
  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final String id;
  private final String nameBn;
  private final String nameEn;
  private final List<Upazila> upazilas;
  private final Map<String, Office> offices;
  private final List<Office> officeList;
  private final Map<String, OfficeSet> sets;
  private final List<OfficeSet> setList;
  private final Map<String, List<Office>> members;
  private final Office secretary;
  private final Office chair;
  /** The committees the file lists, by each of their names' {@link CommitteeMatchKey}. */
  private final Map<String, CommitteeRoles> committees;
  private final CommitteeMatchKey committeeMatch;
  private final List<DemoUser> demoUsers;
  private final ImplementerResolver resolver;

  private OfficeDirectory(DirectoryFile file) {
    new DirectoryValidator().validate(file);
    id = file.id();
    nameBn = file.nameBn();
    nameEn = file.nameEn();
    upazilas = file.upazilas();
    offices = new LinkedHashMap<>();
    List<DemoUser> demo = new ArrayList<>();
    for (OfficeEntry entry : file.offices()) {
      Office office = entry.toOffice();
      offices.put(office.id(), office);
      if (entry.demoUser() != null) {
        demo.add(new DemoUser(entry.demoUser(), office));
      }
    }
    officeList = List.copyOf(offices.values());
    demoUsers = List.copyOf(demo);
    sets = new LinkedHashMap<>();
    members = new LinkedHashMap<>();
    for (OfficeSet set : file.sets()) {
      sets.put(set.id(), set);
      members.put(set.id(), officeList.stream().filter(o -> o.sets().contains(set.id())).toList());
    }
    setList = List.copyOf(sets.values());
    secretary = offices.get(file.roles().secretary());
    chair = offices.get(file.roles().chair());
    PhraseTokenizer tokenizer = new PhraseTokenizer(file.spellings());
    committeeMatch = new CommitteeMatchKey(tokenizer, new DistrictName(tokenizer, nameBn));
    committees = new LinkedHashMap<>();
    if (!file.committees().isEmpty()) {
      CommitteeRoles first = new CommitteeRoles(file.roles().committee().trim(), secretary, chair);
      for (String name : names(file.roles().committee(), file.roles().otherNames())) {
        committees.put(committeeMatch.of(name), first);
      }
    }
    for (DirectoryFile.Committee committee : file.committees()) {
      CommitteeRoles roles = new CommitteeRoles(committee.name().trim(), offices.get(committee.secretary()),
          offices.get(committee.chair()));
      for (String name : names(committee.name(), committee.otherNames())) {
        committees.put(committeeMatch.of(name), roles);
      }
    }
    resolver = buildResolver(file);
  }

  private static List<String> names(String name, List<String> otherNames) {
    List<String> names = new ArrayList<>(List.of(name));
    names.addAll(otherNames);
    return names;
  }

  /**
   * Reads and checks a directory file.
   *
   * @throws InvalidDirectoryException if the file is not valid YAML of the expected shape or breaks a rule; the
   *     message names the office or set and the field
   */
  public static OfficeDirectory load(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    DirectoryFile file;
    try {
      file = YAML.readValue(yaml, DirectoryFile.class);
    } catch (JacksonException e) {
      throw new InvalidDirectoryException(
          "directory file cannot be read" + where(e) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (file == null) {
      throw new InvalidDirectoryException("directory file is empty");
    }
    return new OfficeDirectory(file);
  }

  /** Where in the file Jackson failed: " at offices[3].emial (line 120)". */
  private static String where(JacksonException e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference step : mapping.getPath()) {
        if (step.getFieldName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
        } else if (step.getIndex() >= 0) {
          path.append('[').append(step.getIndex()).append(']');
        }
      }
    }
    String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
    if (path.isEmpty()) {
      return line.isEmpty() ? "" : " (" + line + ")";
    }
    return " at " + path + (line.isEmpty() ? "" : " (" + line + ")");
  }

  private ImplementerResolver buildResolver(DirectoryFile file) {
    PhraseTokenizer tokenizer = new PhraseTokenizer(file.spellings());
    DistrictName district = new DistrictName(tokenizer, nameBn);
    PhraseIndexBuilder phrases = new PhraseIndexBuilder(tokenizer, district);
    for (Office office : offices.values()) {
      PhraseTarget target = new PhraseTarget.Single(office);
      String where = "office '" + office.id() + "'";
      phrases.add(office.nameBn(), target, where + ", field 'nameBn'");
      office.phrases().forEach(phrase -> phrases.add(phrase, target, where + ", field 'phrases'"));
    }
    // minutes name the committee's member-secretary by the role («বাস্তবায়নে: সদস্য সচিব»): whose it is depends on
    // the meeting's committee, so the phrase resolves when a meeting's implementers do
    for (String role : List.of("সদস্য সচিব", "সদস্যসচিব")) {
      phrases.add(role, new PhraseTarget.CommitteeSecretary(), "roles.secretary");
    }
    for (OfficeSet set : sets.values()) {
      PhraseTarget target = new PhraseTarget.Every(set, members.get(set.id()));
      String where = "set '" + set.id() + "'";
      phrases.add(set.nameBn(), target, where + ", field 'nameBn'");
      set.phrases().forEach(phrase -> phrases.add(phrase, target, where + ", field 'phrases'"));
    }
    file.nonOffices().forEach(phrase -> phrases.add(phrase, new PhraseTarget.NoOffice(phrase), "nonOffices"));
    return new ImplementerResolver(tokenizer, district, phrases.build(), upazilas);
  }

  /** The district's id (jhenaidah). */
  public String id() {
    return id;
  }

  /** The district's name in Bengali (ঝিনাইদহ). */
  public String nameBn() {
    return nameBn;
  }

  /** The district's name in English, or null. */
  public String nameEn() {
    return nameEn;
  }

  /** The upazilas, in the file's order. */
  public List<Upazila> upazilas() {
    return upazilas;
  }

  /** The upazila a text names, such as a meeting's office ("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ"); spelling
   * variants as the implementers read them. Empty when it names none (a district office). */
  public Optional<Upazila> upazilaNamedIn(String text) {
    return resolver.upazilaIn(text).flatMap(this::upazila);
  }

  public Optional<Upazila> upazila(String slug) {
    return upazilas.stream().filter(u -> u.slug().equals(slug)).findFirst();
  }

  /** Every office, in the file's order. */
  public List<Office> offices() {
    return officeList;
  }

  public Optional<Office> office(String id) {
    return Optional.ofNullable(offices.get(id));
  }

  /** Every set, in the file's order. */
  public List<OfficeSet> sets() {
    return setList;
  }

  public Optional<OfficeSet> set(String id) {
    return Optional.ofNullable(sets.get(id));
  }

  /**
   * The offices of a set, in the file's order.
   *
   * @throws IllegalArgumentException if there is no such set: a misspelt set id must not read as an empty set
   */
  public List<Office> members(String setId) {
    List<Office> found = members.get(setId);
    if (found == null) {
      throw new IllegalArgumentException("no office set '" + setId + "' in the directory of " + id);
    }
    return found;
  }

  /** The UNO of the office's upazila (the UNO's own office for a UNO); empty for a district office. */
  public Optional<Office> unoOf(Office office) {
    if (office.upazila() == null) {
      return Optional.empty();
    }
    return office(DirectoryValidator.unoId(office.upazila()));
  }

  /**
   * The first committee's secretary, who registers the minutes and decides what the directory cannot resolve; a
   * meeting's own is {@link #rolesFor}'s (a decision's, its {@code secretaryGroup} variable).
   */
  public Office secretary() {
    return secretary;
  }

  /** The first committee's chair, to whom late decisions go; see {@link #secretary()}. */
  public Office chair() {
    return chair;
  }

  /**
   * The roles of the committee of that name, however its minutes write it ({@link CommitteeMatchKey}); the first
   * committee's for a name the directory does not list, or none.
   */
  public CommitteeRoles rolesFor(String committee) {
    CommitteeRoles listed = committees.get(committeeMatch.of(committee));
    return listed != null ? listed : new CommitteeRoles(null, secretary, chair);
  }

  /** Whether the file names committees of its own (then a meeting of another committee deserves a warning). */
  public boolean listsCommittees() {
    return !committees.isEmpty();
  }

  /** Every committee's roles, the first committee's first (unnamed when the file lists no other). */
  public List<CommitteeRoles> committees() {
    return committees.isEmpty() ? List.of(new CommitteeRoles(null, secretary, chair))
        : committees.values().stream().distinct().toList();
  }

  /** Every office that holds a role in some committee: the first committee's secretary and chair first. */
  public Set<String> committeeRoleGroups() {
    Set<String> groups = new LinkedHashSet<>();
    committees().forEach(roles -> groups.addAll(List.of(roles.secretary().id(), roles.chair().id())));
    return groups;
  }

  /** Every office that is some committee's secretary: it registers that committee's meetings. */
  public Set<String> secretaryGroups() {
    Set<String> groups = new LinkedHashSet<>(List.of(secretary.id()));
    committees.values().forEach(roles -> groups.add(roles.secretary().id()));
    return groups;
  }

  /** The users to create for the demo, one per office that has one, in the file's order. */
  public List<DemoUser> demoUsers() {
    return demoUsers;
  }

  /** Offices whose email address the directory does not know: the secretary has to reach them another way. */
  public List<Office> officesWithoutEmail() {
    return officeList.stream().filter(office -> office.email() == null).toList();
  }

  /**
   * Maps a decision's implementer phrases to offices: each office once, in the order first named; a set ("(সকল)",
   * "সকল …", "…গণ") stands for all its members, or for those of one upazila when its name is beside the set; the
   * lead is the first office named on its own; whatever names no known office is returned, as written, in
   * {@link Resolution#unresolved()}.
   */
  public Resolution resolve(List<String> phrases) {
    return resolve(phrases, secretary);
  }

  /** {@link #resolve(List)} for a meeting of a committee whose member-secretary is that office. */
  public Resolution resolve(List<String> phrases, Office committeeSecretary) {
    return resolver.resolve(phrases == null ? List.of() : phrases, committeeSecretary);
  }

  /** {@link #resolve(List)} for one phrase. */
  public Resolution resolve(String phrase) {
    return resolve(phrase == null ? List.of() : List.of(phrase));
  }
}
