package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.ExtractedMinutes;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesFormatException;
import bd.gov.followup.minutes.MinutesProblem;
import bd.gov.followup.minutes.MinutesReaders;
import bd.gov.followup.minutes.MinutesTooLargeException;
import bd.gov.followup.minutes.MinutesWarning;
import bd.gov.followup.minutes.UnsupportedMinutesFormatException;
import bd.gov.followup.report.DecisionProgress;
import bd.gov.followup.report.ProgressReport;
import bd.gov.followup.report.ProgressReports;
import bd.gov.followup.report.UnknownMeetingException;
import bd.gov.followup.security.FormTextLimit;
import bd.gov.followup.workflow.DeadlineClock;
import bd.gov.followup.workflow.DecisionBlocks;
import bd.gov.followup.workflow.DecisionDeadlines;
import bd.gov.followup.workflow.DecisionTexts;
import bd.gov.followup.workflow.FollowupProperties;
import bd.gov.followup.workflow.MeetingAlreadyRegisteredException;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.MeetingRegistration.Registered;
import bd.gov.followup.workflow.MinutesVariable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The front door: a meeting registered as JSON or imported from a minutes file (.txt like the seed, .docx), listed,
 * and read back with each decision's state. Registering starts MeetingFollowup (and, without a review, every
 * decision's workflow) in one transaction. The same minutes sent again answer with the meeting registered before;
 * other minutes under a memo number that is taken are a 409.
 *
 * <p>Who may register: whoever may start MeetingFollowup (CREATE_INSTANCE on its definition: the committee's
 * secretary), checked by {@link MayRegister} before the body is read and here again; the start itself then runs as
 * the application, because the engine would also ask for CREATE on every process instance, which no office should
 * hold.
 */
@RestController
@RequestMapping("/api/meetings")
public class MeetingsController {

  static final int MAX_PAGE_SIZE = 100;

  private final MeetingRegistration registration;
  private final MinutesReaders readers;
  private final MinutesVariable minutesVariable;
  private final ProgressReports reports;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final MayRegister mayRegister;
  private final FollowupProperties properties;
  private final DecisionDeadlines deadlines;
  private final UnknownImplementers unknownImplementers;
  private final UnlistedCommittee unlistedCommittee;
  private final SameDayMeeting sameDayMeeting;

  public MeetingsController(
      MeetingRegistration registration,
      MinutesReaders readers,
      MinutesVariable minutesVariable,
      ProgressReports reports,
      HistoryService historyService,
      TaskService taskService,
      IdentityService identityService,
      MayRegister mayRegister,
      FollowupProperties properties,
      UnknownImplementers unknownImplementers,
      UnlistedCommittee unlistedCommittee,
      SameDayMeeting sameDayMeeting,
      DecisionDeadlines deadlines) {
    this.registration = registration;
    this.readers = readers;
    this.minutesVariable = minutesVariable;
    this.reports = reports;
    this.historyService = historyService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.mayRegister = mayRegister;
    this.properties = properties;
    this.unknownImplementers = unknownImplementers;
    this.unlistedCommittee = unlistedCommittee;
    this.sameDayMeeting = sameDayMeeting;
    this.deadlines = deadlines;
  }

  /** The answer to a registration. decisions[].processInstanceId is null while the minutes wait for review. */
  public record RegistrationResponse(
      String memoKey, String processInstanceId, List<MeetingRegistration.StartedDecision> decisions,
      Meeting meeting, List<MinutesWarning> warnings) {}

  /** A file read but not registered (?preview=true). */
  public record PreviewResponse(Meeting meeting, List<MinutesWarning> warnings) {}

  /**
   * A meeting of the list. DISCARDED minutes carry their discardReason here: their memo number may since name another
   * meeting, which {@code GET /api/meetings/{memoKey}} then answers (with no other, it answers 410 with the reason).
   */
  public record MeetingSummary(
      String memoKey, String processInstanceId, String committee, String title, Date startedAt, Date endedAt,
      String status, String discardReason) {}

  public record MeetingPage(int page, int size, long total, List<MeetingSummary> items) {}

  public record DecisionStatus(
      int number, String businessKey, String processInstanceId, boolean started, String state, String stateBn,
      LocalDate deadline) {}

  public record MeetingDetail(
      String memoKey, String processInstanceId, String status, Date startedAt, Date endedAt, Meeting meeting,
      List<DecisionStatus> decisions) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> register(@RequestBody(required = false) Meeting meeting,
      @RequestParam(defaultValue = "false") boolean preview) {
    mayRegister.check(); // as MayRegister did before the body was read: an office learns nothing from its errors
    List<MinutesProblem> problems = new ArrayList<>(MeetingValidation.problems(meeting));
    if (meeting != null) {
      problems.addAll(meeting.datesBeforeTheMeeting()); // typed: a slip the caller corrects
      meeting.dateAfter(DeadlineClock.today()).ifPresent(problems::add);
      problems.addAll(MeetingValidation.typedOnly(meeting));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMeetingException(problems);
    }
    List<MinutesWarning> warnings = new ArrayList<>();
    unlistedCommittee.warning(meeting, "/committee").ifPresent(warnings::add);
    sameDayMeeting.warning(meeting, "/date").ifPresent(warnings::add);
    warnings.addAll(unknownImplementers.inJson(meeting));
    withoutHolidayList(meeting).ifPresent(warnings::add); // as for a file: the caller learns it now, not on each task
    pastDeadlines(meeting).ifPresent(warnings::add);
    if (preview) {
      return preview(meeting, warnings, "/memoNumber");
    }
    return registered(meeting, false, warnings);
  }

  /**
   * What a registration would answer, without registering: the meeting as read and its warnings; the refusals it
   * would meet (another committee's meeting, 403; other minutes under this memo number, 409) are answered as such.
   */
  private ResponseEntity<PreviewResponse> preview(Meeting meeting, List<MinutesWarning> warnings, String memoPlace) {
    registration.checkRegistrant(meeting);
    registration.registeredBefore(meeting).ifPresent(same -> warnings.add(0, new MinutesWarning("memoNumber",
        memoPlace, "এই কার্যবিবরণী এই স্মারক নম্বরে আগেই নিবন্ধিত; নিবন্ধন নতুন কিছু নিবন্ধন করবে না, আগের"
            + " নিবন্ধনটিই জানাবে / these minutes are registered under this memo number already: registering them"
            + " registers nothing new and answers with that meeting")));
    return ResponseEntity.ok(new PreviewResponse(meeting, warnings));
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> importMinutes(
      @RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean preview) {
    mayRegister.check(); // before the file is unpacked and read, the preview's too
    ExtractedMinutes extracted = read(file);
    List<MinutesProblem> problems = MeetingValidation.problems(extracted.meeting());
    if (!problems.isEmpty()) {
      // what the reader let through with a warning (a decision number used twice) the meeting check refuses, in
      // the preview too: at the warning's place in the file when the reader gave one
      Map<String, String> placeOf = new HashMap<>();
      extracted.warnings().forEach(w -> placeOf.putIfAbsent(w.field(), w.location()));
      throw new MinutesFormatException(problems.stream()
          .map(p -> new MinutesProblem(p.field(), placeOf.getOrDefault(p.field(), decisionPlace(extracted, p.field())),
              p.message())).toList());
    }
    reviewFormTooLong(extracted.meeting()).ifPresent(tooLong -> {
      throw new MinutesFormatException(tooLong);
    });
    // read from a file: perhaps misread, so a warning the secretary sees in the preview and in the review task,
    // where these dates are corrected
    List<MinutesWarning> warnings = new ArrayList<>(extracted.warnings());
    extracted.meeting().datesBeforeTheMeeting().forEach(early -> warnings.add(new MinutesWarning(early.field(),
        extracted.warnings().stream().filter(w -> w.field().equals(early.field())).map(MinutesWarning::location)
            .findFirst().orElse("document"), early.message())));
    unlistedCommittee.warning(extracted.meeting(), extracted.warnings().stream()
        .filter(w -> w.field().equals("committee")).map(MinutesWarning::location).findFirst().orElse("document"))
        .ifPresent(warnings::add);
    // read from a file: perhaps misread; the review cannot change the meeting's date, but it can discard the minutes
    extracted.meeting().dateAfter(DeadlineClock.today()).ifPresent(late -> warnings.add(new MinutesWarning("date",
        extracted.warnings().stream().filter(w -> w.field().equals("date")).map(MinutesWarning::location).findFirst()
            .orElse("document"), late.message())));
    sameDayMeeting.warning(extracted.meeting(), extracted.warnings().stream()
        .filter(w -> w.field().equals("date")).map(MinutesWarning::location).findFirst().orElse("document"))
        .ifPresent(warnings::add);
    withoutDeadline(extracted.meeting()).ifPresent(warnings::add);
    withoutHolidayList(extracted.meeting()).ifPresent(warnings::add);
    pastDeadlines(extracted.meeting()).ifPresent(warnings::add);
    warnings.addAll(unknownImplementers.inFile(extracted));
    if (preview) {
      return preview(extracted.meeting(), warnings, "document");
    }
    return registered(extracted.meeting(), true, warnings);
  }

  /** Where the decision a field belongs to ("decisions[2].discussion") was read: its line; else the document. */
  private static String decisionPlace(ExtractedMinutes extracted, String field) {
    java.util.regex.Matcher decision = DECISION_FIELD.matcher(field);
    if (decision.lookingAt()) {
      int index = Integer.parseInt(decision.group(1));
      List<bd.gov.followup.minutes.Decision> decisions = extracted.meeting().decisions();
      if (index < decisions.size() && decisions.get(index) != null) {
        return extracted.placeOf(decisions.get(index).number());
      }
    }
    return "document";
  }

  private static final java.util.regex.Pattern DECISION_FIELD = java.util.regex.Pattern.compile("decisions\\[(\\d+)]");

  /**
   * Imported minutes wait for the secretary's review, whose decisions box holds what any form may submit: minutes
   * whose decisions would not fit are refused now, not registered with a review that can never be approved.
   */
  private static java.util.Optional<MinutesProblem> reviewFormTooLong(Meeting meeting) {
    int length = DecisionBlocks.write(meeting.decisions()).length();
    if (length <= FormTextLimit.MINUTES_LIMIT) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new MinutesProblem("decisions", "document", "সিদ্ধান্তগুলো যাচাইয়ের ফর্মে "
        + BengaliDigits.of(length) + " অক্ষর হয়, ফর্মে সর্বোচ্চ " + BengaliDigits.of(FormTextLimit.MINUTES_LIMIT)
        + " ধরে: আলোচনা সংক্ষেপ করুন, অথবা যাচাই ছাড়াই JSON-এ নিবন্ধন করুন (POST /api/meetings) / the decisions come"
        + " to " + length + " characters in the review form, which holds " + FormTextLimit.MINUTES_LIMIT
        + ": shorten the discussions, or register the meeting as JSON (POST /api/meetings), which needs no review"));
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public MeetingPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    // a size out of range is said, not changed silently: the caller would take a page of 100 for all there is
    int safePage = ParameterOutOfRangeException.within("page", page, 0, Integer.MAX_VALUE);
    int safeSize = ParameterOutOfRangeException.within("size", size, 1, MAX_PAGE_SIZE);
    var query = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS);
    long total = query.count();
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .orderByProcessInstanceStartTime().desc()
        .orderByProcessInstanceId().asc()
        .listPage((int) Math.min((long) safePage * safeSize, Integer.MAX_VALUE), safeSize); // a far page is empty
    if (instances.isEmpty()) {
      return new MeetingPage(safePage, safeSize, total, List.of());
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids).variableNameIn(COMMITTEE, MEETING_TITLE, DISCARD_REASON).unlimitedList()) {
      variables.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    Set<String> inReview = new HashSet<>();
    for (Task task : taskService.createTaskQuery().processInstanceIdIn(ids)
        .taskDefinitionKey(TASK_REVIEW_MINUTES).unlimitedList()) { // one per meeting of the page
      inReview.add(task.getProcessInstanceId());
    }
    List<MeetingSummary> items = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      items.add(new MeetingSummary(instance.getBusinessKey(), instance.getId(),
          (String) values.get(COMMITTEE), (String) values.get(MEETING_TITLE),
          instance.getStartTime(), instance.getEndTime(), status(instance, inReview.contains(instance.getId())),
          MeetingRegistration.discarded(instance) ? (String) values.get(DISCARD_REASON) : null));
    }
    return new MeetingPage(safePage, safeSize, total, items);
  }

  /** The import's address read with GET is the import's, not a meeting's whose memo key is "import". */
  @GetMapping(path = "/import")
  public void importIsPostOnly() throws org.springframework.web.HttpRequestMethodNotSupportedException {
    // answered as every other wrong method is (ApiProblems): Allow, "allowed", the method as the error's place
    throw new org.springframework.web.HttpRequestMethodNotSupportedException("GET", List.of("POST"));
  }

  @GetMapping(path = "/{memoKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  public MeetingDetail one(@PathVariable("memoKey") String asGiven) {
    String memoKey = Meeting.keyOf(asGiven); // as printed too: Bengali digits, slashes
    HistoricProcessInstance instance =
        registration.find(memoKey).orElseThrow(() -> discardedOrUnknown(memoKey));
    Meeting meeting = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(MINUTES).unlimitedList().stream()
        .filter(v -> v.getExecutionId() == null || v.getExecutionId().equals(instance.getId()))
        .findFirst().map(v -> minutesVariable.fromVariable(v.getValue())).orElse(null);
    Map<String, String> started = new HashMap<>();
    for (HistoricProcessInstance decision : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS).superProcessInstanceId(instance.getId()).unlimitedList()) {
      started.put(decision.getBusinessKey(), decision.getId());
    }
    ProgressReport report = reports.find(memoKey).orElseThrow(() -> new UnknownMeetingException(memoKey));
    List<DecisionStatus> decisions = new ArrayList<>();
    for (DecisionProgress progress : report.decisions()) {
      String businessKey = memoKey + "/" + String.format(java.util.Locale.ROOT, "%02d", progress.number());
      decisions.add(new DecisionStatus(progress.number(), businessKey, started.get(businessKey), progress.started(),
          progress.started() ? progress.state().name() : "AWAITING_REVIEW",
          progress.started() ? progress.state().bengali() : "কার্যবিবরণী যাচাইয়ের অপেক্ষায়", progress.deadline()));
    }
    boolean inReview = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_REVIEW_MINUTES).count() > 0;
    return new MeetingDetail(memoKey, instance.getId(), status(instance, inReview), instance.getStartTime(),
        instance.getEndTime(), meeting, decisions);
  }

  /** Minutes discarded under the memo number (and none registered since) are answered as such: the list shows them. */
  private RuntimeException discardedOrUnknown(String memoKey) {
    return registration.findDiscarded(memoKey)
        .<RuntimeException>map(discarded -> new DiscardedMeetingException(memoKey, discarded.getId(),
            discarded.getEndTime(), discardReason(discarded.getId())))
        .orElseGet(() -> new UnknownMeetingException(memoKey));
  }

  private String discardReason(String instanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(DISCARD_REASON).unlimitedList().stream()
        .map(variable -> variable.getValue() == null ? null : variable.getValue().toString())
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  static URI location(String memoKey) {
    return URI.create("/api/meetings/" + ApiProblems.encode(memoKey));
  }

  /**
   * Decisions the minutes give no deadline at all (none of their own, no general one): the application's default
   * applies, which the secretary should know before approving — a meeting of long ago would otherwise run on a
   * deadline a month from the day it starts without anyone having chosen it.
   */
  private java.util.Optional<MinutesWarning> withoutDeadline(Meeting meeting) {
    if (meeting.deadline() != null) {
      return java.util.Optional.empty();
    }
    List<String> numbers = meeting.decisions().stream()
        .filter(d -> d != null && d.deadline() == null && (d.deadlineWorkingDays() == null || d.deadlineWorkingDays() <= 0))
        .map(d -> BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", d.number()))).toList();
    if (numbers.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new MinutesWarning("deadline", "document", "সিদ্ধান্ত " + String.join(", ", numbers)
        + "-এর কোনো সময়সীমা কার্যবিবরণীতে নেই (নিজের বা সভার সাধারণ); কার্যবিবরণী যাচাইয়ে সময়সীমা না দিলে সিদ্ধান্ত শুরুর দিন থেকে "
        + BengaliDigits.of(properties.defaultDeadlineDays()) + " দিন প্রযোজ্য হবে"));
  }

  /**
   * Decisions whose deadline has passed already (old minutes entered late, a backlog): they start overdue, so their
   * offices get the overdue notice and the chair the decision at once. Said before it happens, in the preview.
   */
  private java.util.Optional<MinutesWarning> pastDeadlines(Meeting meeting) {
    java.time.LocalDate today = DeadlineClock.today();
    java.util.SortedMap<java.time.LocalDate, List<String>> byDay = new java.util.TreeMap<>();
    for (var d : meeting.decisions()) {
      java.time.LocalDate due = d == null ? null : deadlines.effective(meeting, d, today);
      if (due != null && due.isBefore(today)) {
        byDay.computeIfAbsent(due, day -> new ArrayList<>())
            .add(String.format(java.util.Locale.ROOT, "%02d", d.number()));
      }
    }
    if (byDay.isEmpty()) {
      return java.util.Optional.empty();
    }
    // each day with its decisions: "০১, ০২ (৩০/০১/২০২৪)"
    String bn = byDay.entrySet().stream().map(e -> BengaliDigits.toBengali(String.join(", ", e.getValue())) + " ("
        + DecisionTexts.day(e.getKey()) + ")").collect(java.util.stream.Collectors.joining("; "));
    String en = byDay.entrySet().stream().map(e -> String.join(", ", e.getValue()) + " (" + e.getKey() + ")")
        .collect(java.util.stream.Collectors.joining("; "));
    return java.util.Optional.of(new MinutesWarning("deadline", "document", "সিদ্ধান্ত " + bn + "-এর সময়সীমা"
        + " পেরিয়ে গেছে: নিবন্ধনের সঙ্গে সঙ্গে দপ্তরগুলো মেয়াদোত্তীর্ণ নোটিশ পাবে এবং সিদ্ধান্তগুলো সভাপতির কাছে যাবে;"
        + " নতুন সময়সীমা দিতে চাইলে তা সংশোধন করুন / the deadline of decision(s) " + en + " has passed: they start"
        + " overdue, their offices are told so and the chair gets them at once; correct it first to give a new one"));
  }

  /**
   * Decisions whose deadline depends on a year the holiday lists do not cover (it falls due then, or its working days
   * are counted through it): whether it is a government holiday cannot be checked, which the secretary learns here,
   * where the date can still be corrected, and not only later on each office's task.
   */
  private java.util.Optional<MinutesWarning> withoutHolidayList(Meeting meeting) {
    java.time.LocalDate today = DeadlineClock.today();
    java.util.SortedMap<Integer, List<String>> byYear = new java.util.TreeMap<>();
    for (var d : meeting.decisions()) {
      if (d != null) {
        deadlines.yearWithoutHolidayList(meeting, d, today).ifPresent(year -> byYear
            .computeIfAbsent(year, y -> new ArrayList<>())
            .add(BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", d.number()))));
      }
    }
    if (byYear.isEmpty()) {
      return java.util.Optional.empty();
    }
    String years = byYear.keySet().stream().map(year -> BengaliDigits.toBengali(String.valueOf(year)))
        .collect(java.util.stream.Collectors.joining(", "));
    String numbers = byYear.values().stream().flatMap(List::stream).sorted()
        .collect(java.util.stream.Collectors.joining(", "));
    return java.util.Optional.of(new MinutesWarning("deadline", "document", years + " সালের সরকারি ছুটির তালিকা"
        + " যুক্ত নেই: সিদ্ধান্ত " + numbers + "-এর সময়সীমা সরকারি ছুটির দিনে পড়েছে কি না যাচাই করা যাবে না; কেবল"
        + " সাপ্তাহিক ছুটি (শুক্র ও শনিবার) দেখা হবে। তালিকাটি প্রশাসক যুক্ত করবেন।"));
  }

  /**
   * IN_REVIEW while the secretary checks the minutes, DISCARDED when the review discarded them, else the instance's
   * state (ACTIVE, COMPLETED, …).
   */
  private static String status(HistoricProcessInstance instance, boolean inReview) {
    return inReview ? "IN_REVIEW" : MeetingRegistration.discarded(instance) ? "DISCARDED" : instance.getState();
  }

  private ResponseEntity<RegistrationResponse> registered(
      Meeting meeting, boolean reviewRequired, List<MinutesWarning> warnings) {
    registration.checkRegistrant(meeting); // while the caller is still logged in
    Registered registered;
    try {
      registered = AsApplication.run(identityService,
          () -> registration.registerOnce(meeting, reviewRequired, warnings));
    } catch (MeetingAlreadyRegisteredException e) {
      if (e.processInstanceId() != null) {
        throw e;
      }
      // a concurrent registration of this memo number won the race and committed: answer as to a repeat
      registered = AsApplication.run(identityService,
          () -> registration.registerOnce(meeting, reviewRequired, warnings));
    }
    // a repeat answers with the minutes as registered: after the secretary's review, its corrections, not the file's
    RegistrationResponse body = new RegistrationResponse(registered.memoKey(), registered.processInstanceId(),
        registered.decisions(), registered.created() || registered.minutes() == null ? meeting : registered.minutes(),
        warnings);
    return registered.created()
        ? ResponseEntity.created(location(registered.memoKey())).body(body)
        : ResponseEntity.status(HttpStatus.OK).location(location(registered.memoKey())).body(body);
  }

  /** Reads the upload; anything the readers cannot make sense of is the file's fault, never a 5xx. */
  private ExtractedMinutes read(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw MinutesReaders.emptyFile();
    }
    if (file.getSize() > MinutesReaders.MAX_BYTES) {
      throw new MinutesTooLargeException(MinutesReaders.MAX_BYTES);
    }
    try (InputStream in = file.getInputStream()) {
      return readers.read(file.getOriginalFilename(), file.getContentType(), in);
    } catch (MinutesFormatException | UnsupportedMinutesFormatException | MinutesTooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      ApiProblems.log().warn("Minutes file {} could not be read", file.getOriginalFilename(), e);
      throw new MinutesFormatException(new MinutesProblem("file", "document",
          "ফাইলটি পড়া যায়নি / the file could not be read as minutes"));
    }
  }
}
