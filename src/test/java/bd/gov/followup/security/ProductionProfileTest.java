package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.DecisionFollowupApplication;
import bd.gov.followup.directory.DemoUser;
import bd.gov.followup.directory.OfficeDirectory;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile: no start without an admin secret; with one, an admin and no demo users, security headers, and
 * cookies that only travel over HTTPS.
 */
class ProductionProfileTest {

  static final String ADMIN_PASSWORD = "Jhenaidah-Adm1n!2025";
  static final String PUBLIC_ORIGIN = "https://followup.jhenaidah.example";

  /** Like the processtest profile: an in-memory database, no job executor, a free port. */
  static final String[] TEST_INFRASTRUCTURE = {
      "spring.datasource.url=jdbc:h2:mem:prodfail-${random.uuid};DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "camunda.bpm.generate-unique-process-application-name=true",
      "server.port=0"};

  @Test
  void withoutAProfile_javaJarRunsProd_andRefusesToStartWithoutAnAdminSecret() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .run(commandLine(TEST_INFRASTRUCTURE)).close())
        .satisfies(e -> assertThat(causes(e)).contains("No admin password given")
            .contains("FOLLOWUP_ADMIN_PASSWORD_FILE"));
  }

  /** SPRING_PROFILES_ACTIVE=postgres alone replaces the default prod: no administrator, no secure cookies. */
  @Test
  void aProfileSetWithoutProdOrDemo_isRefused() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .profiles("postgres").run(commandLine(TEST_INFRASTRUCTURE)).close())
        .satisfies(e -> assertThat(causes(e)).contains("Start with the prod profile").contains("[postgres]"));
  }

  /** Mails that link to localhost fail no step: the start says so instead. */
  @Test
  @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
  void withoutThePublicOrigin_prodStarts_andWarns(org.springframework.boot.test.system.CapturedOutput output) {
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(TEST_INFRASTRUCTURE)).close();
    assertThat(output.getOut()).containsPattern("WARN .*PublicAddressCheck .*FOLLOWUP_PUBLIC_ORIGIN is not set: the"
        + " links in mails lead to http://localhost:");
  }

  @Test
  void prodRefusesAWeakAdminPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .profiles("prod").properties(AdminSecret.ENV + "=demo").run(commandLine(TEST_INFRASTRUCTURE)).close())
        .satisfies(e -> assertThat(causes(e)).contains("does not meet the password policy"));
  }

  /** Strong by length and kinds of character, but it contains the user's id: refused at the start, saying so. */
  @Test
  void prodRefusesAnAdminPasswordThatContainsTheUsersId() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .profiles("prod").properties(AdminSecret.ENV + "=Kushtia#2026admin").run(commandLine(TEST_INFRASTRUCTURE))
        .close())
        .satisfies(e -> assertThat(causes(e)).contains("does not meet the password policy",
            "no part of the user's id or name (here 'admin')"));
  }

  @Test
  void prodRefusesADatabaseThatTheDemoHasUsed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String[] sameFile = onOneFile(dir);
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("demo").run(commandLine(sameFile)).close();

    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .profiles("prod").properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close())
        .satisfies(e -> assertThat(causes(e)).contains("used by the demo profile").contains("./data/demo"));
  }

  /**
   * A restart that lost FOLLOWUP_DIRECTORY_LOCATION loads the built-in Jhenaidah directory: on another district's
   * database it is refused before any group or grant is touched.
   */
  @Test
  void prodRefusesADatabaseOfAnotherDistrictsDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String[] sameFile = onOneFile(dir);
    java.nio.file.Path smallDistrict = dir.resolve("small-district.yaml");
    try (var in = getClass().getResourceAsStream("/directory/small-district.yaml")) {
      java.nio.file.Files.copy(in, smallDistrict);
    }
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close();

    String[] otherDirectory = java.util.stream.Stream.concat(java.util.Arrays.stream(sameFile),
        java.util.stream.Stream.of("followup.directory.location=" + smallDistrict)).toArray(String[]::new);
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(otherDirectory)).close())
        .satisfies(e -> assertThat(causes(e)).contains("This database serves the office directory 'jhenaidah'",
            "the directory loaded is 'smalldistrict'", "FOLLOWUP_DIRECTORY_LOCATION"));
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close();
  }

  /**
   * A database from before the mark is another district's when most of its offices are not the directory's: the first
   * start after the upgrade may be the one that lost the variable. A district that renamed its directory adopts the
   * database once, on purpose.
   */
  @Test
  void anUnmarkedDatabaseOfOtherOffices_isRefused_andAdoptedOnlyOnPurpose(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    String[] sameFile = onOneFile(dir);
    try (var before = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile))) {
      var identity = before.getBean(IdentityService.class);
      for (int i = 0; i < 200; i++) { // Kushtia's offices, as a database from before the mark holds them
        var group = identity.newGroup("up-kushtia-" + i);
        group.setName("ইউনিয়ন পরিষদ " + i);
        group.setType("office");
        identity.saveGroup(group);
      }
      before.getBean(org.camunda.bpm.engine.ManagementService.class).deleteProperty("followup.directory");
    }
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close())
        .satisfies(e -> assertThat(causes(e)).contains("200 of the ", " office groups in this database are not in the"
            + " office directory loaded, 'jhenaidah'", "FOLLOWUP_DIRECTORY_LOCATION"));

    String[] adopting = java.util.stream.Stream.concat(java.util.Arrays.stream(sameFile),
        java.util.stream.Stream.of("followup.directory.adopt-database=true")).toArray(String[]::new);
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(adopting)).close();
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close();
  }

  /** A demo database from before the mark: known by its users who still log in with the demo's password. */
  @Test
  void prodRefusesADemoDatabaseFromBeforeTheMark(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String[] sameFile = onOneFile(dir);
    try (var demo = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("demo")
        .run(commandLine(sameFile))) {
      demo.getBean(org.camunda.bpm.engine.ManagementService.class).deleteProperty(DatabaseMarks.DEMO);
    }

    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .profiles("prod").properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close())
        .satisfies(e -> assertThat(causes(e)).contains("used by the demo profile", "adc, adc-general, admin,", "programmer"));
  }

  @Test
  void theDemoRefusesADatabaseThatProductionHasUsed_andRunningWithProd(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String[] sameFile = onOneFile(dir);
    new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile)).close();

    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("demo")
        .run(commandLine(sameFile)).close())
        .satisfies(e -> assertThat(causes(e)).contains("This database is production's").contains("./data/demo"));
    assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod", "demo")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(TEST_INFRASTRUCTURE)).close())
        .satisfies(e -> assertThat(causes(e)).contains("cannot run together"));
  }

  /** A database from before the secret was marked: its admin keeps the password set in Camunda Admin. */
  @Test
  void upgradingKeepsThePasswordTheAdminHas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String[] sameFile = onOneFile(dir);
    try (var before = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile))) {
      var identity = before.getBean(org.camunda.bpm.engine.IdentityService.class);
      var admin = identity.createUserQuery().userId("admin").singleResult();
      admin.setPassword("Set-By-Hand-7#Qpx");
      identity.saveUser(admin);
      before.getBean(org.camunda.bpm.engine.ManagementService.class).deleteProperty(ProductionAdminUser.SECRET_MARK);
    }
    try (var after = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + ADMIN_PASSWORD).run(commandLine(sameFile))) {
      assertThat(after.getBean(org.camunda.bpm.engine.IdentityService.class).checkPassword("admin", "Set-By-Hand-7#Qpx"))
          .isTrue();
    }
  }

  /**
   * The secret is how an operator takes the admin account back: after a leak (a new secret), or after the account
   * was locked by failed logins (for a while now; for good under Camunda's default of ten attempts, which a database
   * of an earlier version may hold). A restart with the same secret keeps a password changed in Camunda Admin.
   */
  @Test
  void aNewAdminSecretReplacesTheOldPassword_andARestartUnlocksTheAdmin(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String[] sameFile = onOneFile(dir);
    String leaked = ADMIN_PASSWORD;
    String rotated = "Rq7#mZp2-Lx9!vB4wN";
    try (var first = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + leaked).run(commandLine(sameFile))) {
      var identity = first.getBean(org.camunda.bpm.engine.IdentityService.class);
      assertThat(identity.checkPassword("admin", leaked)).isTrue();
    }
    try (var second = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + rotated).run(commandLine(sameFile))) {
      var identity = second.getBean(org.camunda.bpm.engine.IdentityService.class);
      assertThat(identity.checkPassword("admin", rotated)).isTrue();
      assertThat(identity.checkPassword("admin", leaked)).as("the leaked password").isFalse();
      for (int i = 0; i < 12; i++) {
        identity.checkPassword("admin", "guess-" + i); // someone tries: the engine locks nobody (LoginThrottle delays)
      }
      assertThat(identity.checkPassword("admin", rotated)).as("not locked").isTrue();
      // a database from an earlier version, where Camunda locked an account after ten wrong passwords
      ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) second.getBean(
          org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(context -> {
            context.getIdentityInfoManager().updateUserLock(
                (org.camunda.bpm.engine.impl.persistence.entity.UserEntity) identity.createUserQuery().userId("admin")
                    .singleResult(), 10, new java.util.Date(System.currentTimeMillis() + 3_600_000));
            return null;
          });
      assertThat(identity.checkPassword("admin", rotated)).as("locked under an earlier version").isFalse();
    }
    try (var third = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + rotated).run(commandLine(sameFile))) {
      var identity = third.getBean(org.camunda.bpm.engine.IdentityService.class);
      assertThat(identity.checkPassword("admin", rotated)).as("unlocked by the restart").isTrue();
      var admin = identity.createUserQuery().userId("admin").singleResult();
      admin.setPassword("Set-By-Hand-7#Qpx");
      identity.saveUser(admin);
    }
    try (var fourth = new SpringApplicationBuilder(DecisionFollowupApplication.class).profiles("prod")
        .properties(AdminSecret.ENV + "=" + rotated).run(commandLine(sameFile))) {
      assertThat(fourth.getBean(org.camunda.bpm.engine.IdentityService.class)
          .checkPassword("admin", "Set-By-Hand-7#Qpx")).as("the same secret keeps the password set in Admin").isTrue();
    }
  }

  /** Like TEST_INFRASTRUCTURE, on an H2 file in {@code dir}: one database across several starts. */
  static String[] onOneFile(java.nio.file.Path dir) {
    return new String[] {
        "spring.datasource.url=jdbc:h2:file:" + dir.resolve("followup") + ";DB_CLOSE_ON_EXIT=FALSE",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        "server.port=0"};
  }

  /**
   * As command-line arguments: they outrank application.yaml (default properties do not, and the test would then
   * run on the developer's ./data file database).
   */
  static String[] commandLine(String... properties) {
    return java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new);
  }

  static String causes(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  @Nested
  @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
      properties = {AdminSecret.ENV + "=" + ADMIN_PASSWORD, "FOLLOWUP_PUBLIC_ORIGIN=" + PUBLIC_ORIGIN,
          "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
  @DirtiesContext
  @ActiveProfiles({"prod", "processtest"})
  class Running {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired OfficeDirectory directory;
    Http http;

    @BeforeEach
    void setUp() {
      http = new Http(port);
    }

    @Test
    void theAdminComesFromTheSecret_andThereAreNoDemoUsers() {
      assertThat(identityService.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
          .isEqualTo(1);
      assertThat(http.get("/engine-rest/user/admin/profile", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
      // no wrong-password call for admin here: login throttling would lock it for the webapp login test
      for (DemoUser demo : directory.demoUsers()) {
        assertThat(identityService.createUserQuery().userId(demo.userId()).count()).as(demo.userId()).isZero();
      }
    }

    @Test
    void theMailsLinkToThePublicAddress_notToLocalhost(@Autowired bd.gov.followup.notify.MailProperties mail,
        @Autowired bd.gov.followup.notify.PublicAddressCheck check) {
      assertThat(mail.baseUrl()).isEqualTo(PUBLIC_ORIGIN);
      assertThat(check.problem()).as("no warning at start").isNull();
    }

    @Test
    void thePasswordPolicyIsOn_andWouldRefuseTheDemoPassword() {
      assertThat(identityService.checkPasswordAgainstPolicy("demo").isValid()).isFalse();
      assertThatThrownBy(() -> {
        var user = identityService.newUser("weak-password-user");
        user.setPassword("demo");
        identityService.saveUser(user);
      }).hasMessageContaining("policy");
    }

    /**
     * Over REST, as an administrator's script creates office users: a weak password is a 400 that says why, and no
     * error with its stack trace in the log.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aWeakPasswordOverRest_isA400ThatSaysWhy_andNoUserIsCreated(
        org.springframework.boot.test.system.CapturedOutput output) {
      HttpResponse<String> weak = http.post("/engine-rest/user/create", "admin", ADMIN_PASSWORD,
          "{\"profile\":{\"id\":\"uno-weak\",\"firstName\":\"ইউএনও\",\"lastName\":\"কালীগঞ্জ\"},"
              + "\"credentials\":{\"password\":\"kaliganj\"}}");
      assertThat(weak.statusCode()).isEqualTo(400);
      assertThat(weak.body()).contains("পাসওয়ার্ডটি নীতিমালা মানে না", "Password does not match policy",
          "/engine-rest/identity/password-policy");
      assertThat(identityService.createUserQuery().userId("uno-weak").count()).isZero();
      assertThat(output.getOut()).doesNotContain("ENGINE-16004").doesNotContain("Password does not match policy\n");

      HttpResponse<String> strong = http.post("/engine-rest/user/create", "admin", ADMIN_PASSWORD,
          "{\"profile\":{\"id\":\"uno-strong\",\"firstName\":\"ইউএনও\",\"lastName\":\"কালীগঞ্জ\"},"
              + "\"credentials\":{\"password\":\"Kal1ganj-Upazila!\"}}");
      assertThat(strong.statusCode()).isEqualTo(204);
      identityService.deleteUser("uno-strong");
    }

    /**
     * An administrator's slips in ids — a space or a Bengali letter in a user id, a membership of a group that
     * does not exist — are 400 and 404 that say what to write, not Camunda's English 500 (administrator run).
     */
    @Test
    void anInvalidUserIdOrAnUnknownGroup_isSaidInBengaliToo_notAServerError() {
      HttpResponse<String> invalid = http.post("/engine-rest/user/create", "admin", ADMIN_PASSWORD,
          "{\"profile\":{\"id\":\"uno kaliganj\",\"firstName\":\"ইউএনও\",\"lastName\":\"কালীগঞ্জ\"},"
              + "\"credentials\":{\"password\":\"Kal1ganj-Upazila!\"}}");
      assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
      assertThat(invalid.body()).contains("আইডি «uno kaliganj» চলবে না", "uno-kaliganj-2");
      assertThat(identityService.createUserQuery().userId("uno kaliganj").count()).isZero();

      HttpResponse<String> created = http.post("/engine-rest/user/create", "admin", ADMIN_PASSWORD,
          "{\"profile\":{\"id\":\"uno-member\",\"firstName\":\"ইউএনও\",\"lastName\":\"কালীগঞ্জ\"},"
              + "\"credentials\":{\"password\":\"Kal1ganj-Upazila!\"}}");
      assertThat(created.statusCode()).isEqualTo(204);
      HttpResponse<String> unknownGroup = http.call("PUT", "/engine-rest/group/uno-kaligonj/members/uno-member",
          "admin", ADMIN_PASSWORD, "");
      assertThat(unknownGroup.statusCode()).as(unknownGroup.body()).isEqualTo(404);
      assertThat(unknownGroup.body()).contains("«uno-kaligonj» আইডির কোনো গ্রুপ নেই", "no group 'uno-kaligonj'");
      identityService.deleteUser("uno-member");
    }

    @Test
    void webappResponsesCarryTheSecurityHeaders() {
      HttpResponse<String> page = http.get("/camunda/app/tasklist/default/", null, null);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
          hsts -> assertThat(hsts).contains("max-age=31536000"));
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(page.headers().firstValue("X-XSS-Protection")).isPresent();
    }

    @Test
    void webappLogin_setsSecureSameSiteCookies_andTasklistListsItsFilters() {
      HttpResponse<String> page = Http.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/default/"))
          .header("X-XSRF-TOKEN", "Fetch").GET().build());
      String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      List<String> pageCookies = page.headers().allValues("Set-Cookie");
      assertThat(pageCookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("Secure")
          .containsIgnoringCase("SameSite=Lax"));

      // a state-changing request from another origin is refused: the CSRF target origin is in force
      HttpResponse<String> foreign = login(token, pageCookies, "https://evil.example");
      assertThat(foreign.statusCode()).isEqualTo(403);

      HttpResponse<String> login = login(token, pageCookies, PUBLIC_ORIGIN);
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      List<String> sessionCookies = login.headers().allValues("Set-Cookie");
      assertThat(sessionCookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure")
          .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
      // each attribute once: Spring's session cookie settings and Camunda's webapp session-cookie filter both wrote
      // them ("SameSite=Lax;SameSite=Lax;Secure")
      String session = sessionCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
      assertThat(attributes(session, "SameSite")).as(session).isEqualTo(1);
      assertThat(attributes(session, "Secure")).as(session).isEqualTo(1);
      assertThat(attributes(session, "HttpOnly")).as(session).isEqualTo(1);

      // what Tasklist asks for after login: its filters with counts, unpaged; under the query result limit it is
      // served only because security.WebappQueryPaging gives it a page
      String cookies = cookieHeader(pageCookies, sessionCookies);
      // the CSRF filter issues a new token with the session
      String sessionToken = sessionCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
          .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst()
          .orElse(login.headers().firstValue("X-XSRF-TOKEN").orElse(token));
      HttpResponse<String> filters = Http.send(HttpRequest.newBuilder(
              http.uri("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true"))
          .header("Cookie", cookies).header("X-XSRF-TOKEN", sessionToken).header("Accept", "application/json").GET().build());
      assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
      assertThat(filters.body()).contains("আমার দপ্তরের কাজ");
    }

    /**
     * Offices reach a district's server on its LAN, from private addresses: one of them must not pass for another
     * address with X-Forwarded-For (each wrong password would then come "from" a new address, never delayed). Only
     * a proxy on this machine is trusted unless the operator names another; the throttle here tells which address
     * counted. Needs a private address of this machine besides loopback (an IPv4 10/8, 172.16/12, 192.168/16 or an
     * IPv6 fc00::/7 one, which Tomcat trusted by default), as CI's machine has.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aClientOnTheLan_cannotClaimAnotherAddress_butAProxyOnThisMachineForwardsItsClients(
        org.springframework.boot.test.system.CapturedOutput output) throws Exception {
      String lan = privateAddressOfThisMachine();
      org.junit.jupiter.api.Assumptions.assumeTrue(lan != null, "this machine has no private address besides loopback");
      for (int run = 1; ; run++) {
        String official = "forwarded-for-" + run;
        var user = identityService.newUser(official);
        user.setPassword(ADMIN_PASSWORD);
        identityService.saveUser(user);
        long start = System.nanoTime();
        int first = wrongPassword(lan, lan, official, "203.0.113.7").status();
        HttpFromAddress.Answer claimingAnother = wrongPassword(lan, lan, official, "203.0.113.8");
        HttpFromAddress.Answer proxiedOne = wrongPassword("127.0.0.1", "127.0.0.1", official, "203.0.113.21");
        HttpFromAddress.Answer proxiedOther = wrongPassword("127.0.0.1", "127.0.0.1", official, "203.0.113.22");
        HttpFromAddress.Answer proxiedOneAgain = wrongPassword("127.0.0.1", "127.0.0.1", official, "203.0.113.21");
        if ((System.nanoTime() - start) / 1_000_000_000.0 < 3) { // the delay after a wrong password is 3 s
          assertThat(first).isEqualTo(401);
          assertThat(claimingAnother.status()).as("the LAN client's own address counts: " + claimingAnother.text())
              .isEqualTo(429);
          assertThat(proxiedOne.status()).as("a client behind the proxy on this machine").isEqualTo(401);
          assertThat(proxiedOther.status()).as("another client behind it is not slowed by the first")
              .isEqualTo(401);
          assertThat(proxiedOneAgain.status()).as("the first client again: its forwarded address counts")
              .isEqualTo(429);
          // the operator hears of the untrusted sender once, and of the trusted proxy never
          assertThat(output.getOut()).containsOnlyOnce("X-Forwarded-For from ")
              .containsPattern("WARN .*UntrustedForwardedFor .*X-Forwarded-For from \\S+ is not trusted")
              .doesNotContain("X-Forwarded-For from 127.0.0.1");
          break;
        }
        assertThat(run).as("three runs slower than the delay: nothing was checked").isLessThan(3);
      }
    }

    HttpFromAddress.Answer wrongPassword(String from, String to, String user, String forwardedFor)
        throws java.io.IOException {
      String token = java.util.Base64.getEncoder().encodeToString((user + ":wrong-password")
          .getBytes(StandardCharsets.UTF_8));
      return HttpFromAddress.exchange(from, to, port, "GET /engine-rest/task/count HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Basic " + token + "\r\nX-Forwarded-For: " + forwardedFor
          + "\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
    }

    /** An address of this machine in a private range (a LAN's), loopback and link-local left out; null if none. */
    static String privateAddressOfThisMachine() throws java.net.SocketException {
      for (var network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
        if (!network.isUp() || network.isLoopback()) {
          continue;
        }
        for (var address : java.util.Collections.list(network.getInetAddresses())) {
          boolean uniqueLocal = address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
          if (address.isSiteLocalAddress() || uniqueLocal) {
            return address.getHostAddress().replaceAll("%.*", "");
          }
        }
      }
      return null;
    }

    HttpResponse<String> login(String token, List<String> cookies, String origin) {
      String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
      return Http.send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token).header("Origin", origin)
          .header("Cookie", cookieHeader(cookies, List.of()))
          .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** How many attributes of a Set-Cookie header have this name (SameSite=…, Secure), ignoring case. */
    static long attributes(String setCookie, String name) {
      return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().split("=", 2)[0])
          .filter(name::equalsIgnoreCase).count();
    }

    /** The name=value of each Set-Cookie; later ones replace earlier ones of the same name. */
    static String cookieHeader(List<String> first, List<String> later) {
      java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
      for (String setCookie : java.util.stream.Stream.concat(first.stream(), later.stream()).toList()) {
        String pair = setCookie.split(";", 2)[0];
        jar.put(pair.substring(0, pair.indexOf('=')), pair);
      }
      return jar.values().stream().collect(Collectors.joining("; "));
    }
  }
}
