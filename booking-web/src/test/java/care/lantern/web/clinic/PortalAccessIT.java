package care.lantern.web.clinic;

import static care.lantern.web.clinic.PortalAccessIT.Answer.FORBIDDEN;
import static care.lantern.web.clinic.PortalAccessIT.Answer.NOT_FOUND;
import static care.lantern.web.clinic.PortalAccessIT.Answer.OK;
import static care.lantern.web.clinic.PortalAccessIT.Answer.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.clinic.PortalClient.Page;
import care.lantern.web.testing.Deployments;
import java.net.URL;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's access matrix: every page and action, asked by an anonymous visitor, by staff and by
 * an admin of clinic A (the New York demo flagship), and by staff of clinic B (the Chicago one).
 * Clinic B's staff must never learn that clinic A's records exist: they get the same 404 as for a
 * record that does not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessIT {

  /** Who asks. */
  enum Actor {
    ANONYMOUS(null, null),
    STAFF_A("demo.frontdesk@lantern.test", "demo-frontdesk-pass"),
    ADMIN_A("demo.clinic@lantern.test", "demo-clinic-pass"),
    STAFF_B("demo.otherclinic@lantern.test", "demo-otherclinic-pass");

    final String email;
    final String password;

    Actor(String email, String password) {
      this.email = email;
      this.password = password;
    }
  }

  /** What they get. */
  enum Answer {
    SIGN_IN,
    OK,
    FORBIDDEN,
    NOT_FOUND
  }

  private static final String CLINIC_A = "Lantern Demo New York Flagship";
  private static final String CLINIC_B = "Lantern Demo Chicago Flagship";

  /** One signed-in session per actor for the whole class: signing in hashes on purpose slowly. */
  private static final Map<Actor, PortalClient> CLIENTS = new EnumMap<>(Actor.class);

  @Deployment(testable = false)
  static WebArchive web() {
    return Deployments.packagedWeb();
  }

  @ArquillianResource private URL site;

  @Test
  void portalHomeShowsEachPersonOnlyTheirOwnClinics() {
    assertAnswers("clinic/", SIGN_IN, OK, OK, OK);

    assertThat(as(Actor.STAFF_A).get("clinic/").text()).contains(CLINIC_A).doesNotContain(CLINIC_B);
    assertThat(as(Actor.STAFF_B).get("clinic/").text()).contains(CLINIC_B).doesNotContain(CLINIC_A);
  }

  @Test
  void auditTrailIsForAdminsAndShowsOnlyTheirClinics() {
    assertAnswers("clinic/audit.xhtml", SIGN_IN, FORBIDDEN, OK, OK);

    assertThat(as(Actor.STAFF_B).get("clinic/audit.xhtml").text()).doesNotContain(CLINIC_A);
  }

  @Test
  void availabilityIsForTheClinicsOwnStaff() {
    String calendarA = firstCalendarOf(Actor.STAFF_A);

    assertAnswers("clinic/availability.xhtml", SIGN_IN, OK, OK, OK);
    assertAnswers(calendarA, SIGN_IN, OK, OK, NOT_FOUND);
    assertThat(as(Actor.STAFF_B).get("clinic/availability.xhtml").text()).doesNotContain(CLINIC_A);
  }

  @Test
  void aSaveOfAvailabilityNamingAnotherClinicsProviderIsRefusedAndChangesNothing() {
    String calendarA = firstCalendarOf(Actor.ADMIN_A);
    List<String> hoursBefore = hoursOf(calendarA);
    PortalClient staffB = as(Actor.STAFF_B);
    Page previewed =
        staffB.submit(
            staffB.get(firstCalendarOf(Actor.STAFF_B)), "availability", "previewButton", Map.of());
    assertThat(previewed.document().getElementById("saveButton")).isNotNull();
    String firstStart =
        previewed.document().selectFirst("#availability input[type=time]").attr("name");

    Page tampered =
        staffB.submitTo(
            previewed, "availability", "saveButton", Map.of(firstStart, "06:00"), site + calendarA);

    assertThat(tampered.status()).isEqualTo(404);
    assertThat(hoursOf(calendarA)).isEqualTo(hoursBefore);
  }

  @Test
  void signInPageIsOpenToEveryone() {
    Page page = PortalClient.anonymous(site).get("clinic/sign-in.xhtml");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().getElementById("email")).isNotNull();
  }

  @Test
  void aWrongPasswordKeepsTheEmailAndSaysWhatWentWrong() {
    PortalClient visitor = PortalClient.anonymous(site);

    Page answer =
        visitor.submit(
            visitor.get("clinic/sign-in.xhtml"),
            "signIn",
            "signInButton",
            Map.of("email", Actor.STAFF_A.email, "password", "not-the-password"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("do not match an account");
    assertThat(answer.document().getElementById("email").val()).isEqualTo(Actor.STAFF_A.email);
    assertThat(visitor.get("clinic/").sentToSignIn()).isTrue();
  }

  @Test
  void anAnonymousVisitorIsBroughtBackToThePageTheyAskedForAfterSigningIn() {
    PortalClient visitor = PortalClient.anonymous(site);
    assertThat(visitor.get("clinic/audit.xhtml").sentToSignIn()).isTrue();

    Page answer =
        visitor.submit(
            visitor.get("clinic/sign-in.xhtml"),
            "signIn",
            "signInButton",
            Map.of("email", Actor.ADMIN_A.email, "password", Actor.ADMIN_A.password));

    assertThat(answer.location()).endsWith("/clinic/audit.xhtml");
  }

  @Test
  void signingOutEndsTheSession() {
    PortalClient staff = PortalClient.signedIn(site, Actor.STAFF_A.email, Actor.STAFF_A.password);
    Page home = staff.get("clinic/");

    Page answer = staff.submit(home, "signOut", "signOut:signOutButton", Map.of());

    assertThat(answer.location()).contains("/clinic/sign-in.xhtml");
    assertThat(staff.get("clinic/").sentToSignIn()).isTrue();
  }

  @Test
  void aFormPostedAfterItsSessionEndedOpensThePageAfresh() {
    Page formOfAnEndedSession = PortalClient.anonymous(site).get("clinic/sign-in.xhtml");

    Page answer =
        PortalClient.anonymous(site)
            .submit(
                formOfAnEndedSession,
                "signIn",
                "signInButton",
                Map.of("email", Actor.STAFF_A.email, "password", Actor.STAFF_A.password));

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.location()).endsWith("/clinic/sign-in.xhtml");
  }

  @Test
  void calendarIsForTheClinicsOwnStaff() {
    String clinicA = clinicIdOf(Actor.STAFF_A);

    assertAnswers("clinic/calendar.xhtml?clinic=" + clinicA, SIGN_IN, OK, OK, NOT_FOUND);
    assertAnswers(
        "clinic/calendar.xhtml?clinic=" + clinicA + "&view=week", SIGN_IN, OK, OK, NOT_FOUND);
    assertThat(as(Actor.STAFF_B).get("clinic/calendar.xhtml").text())
        .contains(CLINIC_B)
        .doesNotContain(CLINIC_A);
  }

  @Test
  void appointmentDetailIsForTheClinicsOwnStaff() {
    String session = reference(Actor.STAFF_A, "TMS session");

    assertAnswers("clinic/appointment.xhtml?id=" + session, SIGN_IN, OK, OK, NOT_FOUND);
    assertAnswers(
        "clinic/appointment.xhtml?id=" + session + "&step=session", SIGN_IN, OK, OK, NOT_FOUND);
    assertAnswers(
        "clinic/appointment.xhtml?id=LN-NOSUCH", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND);
  }

  @Test
  void anotherClinicsStaffCannotActOnAnAppointmentByTamperingWithTheForm() {
    String theirs = reference(Actor.STAFF_A, "TMS session");
    String own = reference(Actor.STAFF_B, "TMS session");
    PortalClient staffB = as(Actor.STAFF_B);
    Map<String, String> buttons =
        Map.of(
            "attended", "confirmForm:confirmAttended",
            "noshow", "confirmForm:confirmNoShow",
            "cancel", "confirmForm:confirmCancel");

    SoftAssertions softly = new SoftAssertions();
    buttons.forEach(
        (step, button) -> {
          Page ownPage = staffB.get("clinic/appointment.xhtml?id=" + own + "&step=" + step);
          Page answer =
              staffB.submitTo(
                  ownPage,
                  "confirmForm",
                  button,
                  Map.of(),
                  "appointment.xhtml?id=" + theirs + "&step=" + step);
          softly.assertThat(answerOf(answer)).as("STAFF_B " + step).isEqualTo(NOT_FOUND);
        });
    Page ownSessionForm = staffB.get("clinic/appointment.xhtml?id=" + own + "&step=session");
    Page booked =
        staffB.submitTo(
            ownSessionForm,
            "session",
            "bookSessionButton",
            Map.of("type", "TMS_SESSION", "date", "2099-01-05", "time", "10:00"),
            "appointment.xhtml?id=" + theirs + "&step=session");
    softly.assertThat(answerOf(booked)).as("STAFF_B book session").isEqualTo(NOT_FOUND);
    softly.assertAll();

    Page after = as(Actor.ADMIN_A).get("clinic/appointment.xhtml?id=" + theirs);
    assertThat(after.document().getElementById("status").text()).isEqualTo("Booked");
  }

  @Test
  void theClinicsStaffCancelAConsultationAndBookASession() {
    PortalClient staffA = as(Actor.STAFF_A);
    String consultation = reference(Actor.STAFF_A, "Consultation");
    Page sessionForm = staffA.get("clinic/appointment.xhtml?id=" + consultation + "&step=session");
    Page booked =
        staffA.submit(
            sessionForm,
            "session",
            "bookSessionButton",
            Map.of(
                "type",
                "SPRAVATO",
                "date",
                LocalDate.now().plusDays(14).toString(),
                "time",
                "10:00"));
    assertThat(booked.location()).as(booked.text()).contains("clinic/appointment.xhtml?id=LN-");
    assertThat(staffA.get(booked.location()).text()).contains("Spravato session", "Booked");

    Page confirm = staffA.get("clinic/appointment.xhtml?id=" + consultation + "&step=cancel");
    Page cancelled = staffA.submit(confirm, "confirmForm", "confirmForm:confirmCancel", Map.of());

    assertThat(cancelled.status()).isEqualTo(302);
    assertThat(
            staffA
                .get("clinic/appointment.xhtml?id=" + consultation)
                .document()
                .getElementById("status")
                .text())
        .isEqualTo("Cancelled");
  }

  /** The id of the actor's first clinic, from the portal home's calendar link. */
  /** The id of the actor's first clinic, as the portal's home links to it. */
  private String clinicIdOf(Actor actor) {
    String href =
        as(actor).get("clinic/").document().select("a[href*=calendar.xhtml?clinic=]").attr("href");
    return href.replaceAll(".*clinic=(\\d+).*", "$1");
  }

  /**
   * The reference of the first appointment of {@code kind} on the actor's calendar from today on:
   * the demo content books a TMS session that has started today and consultations soon after.
   */
  private String reference(Actor actor, String kind) {
    Page today = as(actor).get("clinic/calendar.xhtml");
    for (int day = 0; day < 10; day++) {
      Page page =
          day == 0
              ? today
              : as(actor)
                  .get(
                      "clinic/calendar.xhtml?date="
                          + LocalDate.parse(today.document().getElementById("date").val())
                              .plusDays(day));
      // Still booked: other test classes sharing a PostgreSQL database may have acted on some.
      var link =
          page.document()
              .select(
                  ".agenda__item:contains("
                      + kind
                      + "):has(.status:contains(Booked)) a.agenda__link")
              .first();
      if (link != null) {
        return link.attr("href").replaceAll(".*id=([A-Z0-9-]+).*", "$1");
      }
    }
    throw new AssertionError("No " + kind + " on " + actor + "'s calendar");
  }

  @Test
  void theReferralInboxIsOnlyForStaffOfItsClinic() {
    String clinicA = clinicIdOf(Actor.STAFF_A);

    assertAnswers("clinic/referrals.xhtml?clinic=" + clinicA, SIGN_IN, OK, OK, NOT_FOUND);
    assertAnswers(
        "clinic/referrals.xhtml?clinic=" + clinicA + "&status=ALL", SIGN_IN, OK, OK, NOT_FOUND);
    String patientOfA =
        as(Actor.STAFF_A)
            .get(referralAddress(Actor.STAFF_A, 0))
            .document()
            .selectFirst("h1")
            .text();
    assertThat(as(Actor.STAFF_B).get("clinic/referrals.xhtml?status=ALL").text())
        .contains(CLINIC_B)
        .doesNotContain(patientOfA.replace("Referral for ", ""));
  }

  @Test
  void aReferralOfClinicAIsNotFoundForStaffOfClinicB() {
    String referral = referralAddress(Actor.STAFF_A, 0);

    assertAnswers(referral, SIGN_IN, OK, OK, NOT_FOUND);
    assertAnswers(referral.replaceAll("&clinic=\\d+", ""), SIGN_IN, OK, OK, NOT_FOUND);
  }

  @Test
  void staffOfClinicBCannotAnswerClinicAsReferralByTamperingWithTheirOwnForm() {
    String referralOfA = referralAddress(Actor.STAFF_A, 0);
    String idOfA = referralOfA.replaceAll(".*[?&]id=([^&]+).*", "$1");
    PortalClient staffB = as(Actor.STAFF_B);
    Page own = referralPage(Actor.STAFF_B, 0);
    String slot = own.document().selectFirst("input[name=slot]").val();

    Page accept =
        staffB.submitTo(
            own,
            "accept",
            "acceptButton",
            Map.of("slot", slot, "mode", "IN_PERSON"),
            "/" + referralOfA);
    Page acceptWithOwnClinic =
        staffB.submitTo(
            own,
            "accept",
            "acceptButton",
            Map.of("slot", slot, "mode", "IN_PERSON"),
            "referral.xhtml?id=" + idOfA);
    Page decline =
        staffB.submitTo(
            own, "decline", "declineButton", Map.of("reason", "Not ours."), "/" + referralOfA);

    assertThat(answerOf(accept)).isEqualTo(NOT_FOUND);
    assertThat(answerOf(acceptWithOwnClinic)).isEqualTo(NOT_FOUND);
    assertThat(answerOf(decline)).isEqualTo(NOT_FOUND);
    assertThat(as(Actor.STAFF_A).get(referralOfA).document().getElementById("history").text())
        .doesNotContain("Not ours.")
        .doesNotContain(CLINIC_B);
  }

  @Test
  void staffAndAdminsOfClinicAAnswerItsReferrals() {
    Page toDecline = referralPage(Actor.STAFF_A, -1);
    Page declined =
        as(Actor.STAFF_A)
            .submit(toDecline, "decline", "declineButton", Map.of("reason", "Fully booked."));
    Page toAccept = referralPage(Actor.ADMIN_A, 0);
    String slot = toAccept.document().selectFirst("input[name=slot]").val();
    Page accepted =
        as(Actor.ADMIN_A)
            .submit(toAccept, "accept", "acceptButton", Map.of("slot", slot, "mode", ""));

    assertThat(declined.location()).contains("done=declined");
    assertThat(accepted.location()).contains("done=accepted");
    assertThat(
            as(Actor.ADMIN_A)
                .get(accepted.location())
                .document()
                .getElementById("referralStatus")
                .text())
        .isEqualTo("Scheduled");
  }

  @Test
  void calendarFeedLinksAreIssuedOnlyByStaffOfTheProvidersClinic() {
    String clinicA = clinicIdOf(Actor.STAFF_A);
    assertAnswers("clinic/feeds.xhtml?clinic=" + clinicA, SIGN_IN, OK, OK, NOT_FOUND);

    PortalClient staffB = as(Actor.STAFF_B);
    Page ownFeeds = staffB.get("clinic/feeds.xhtml");
    String button = ownFeeds.document().selectFirst("#feedsTable input[type=submit]").attr("name");
    Page tampered =
        staffB.submitTo(ownFeeds, "feeds", button, Map.of(), "feeds.xhtml?clinic=" + clinicA);
    Page issuedByA =
        as(Actor.STAFF_A)
            .submit(
                as(Actor.STAFF_A).get("clinic/feeds.xhtml"),
                "feeds",
                firstIssueButton(Actor.STAFF_A),
                Map.of());

    assertThat(answerOf(tampered)).isEqualTo(NOT_FOUND);
    assertThat(issuedByA.status()).isEqualTo(200);
    assertThat(issuedByA.document().getElementById("feedUrl").val()).contains("/calendar-feeds/");
    assertThat(
            answerOf(PortalClient.anonymous(site).get("calendar-feeds/" + "x".repeat(43) + ".ics")))
        .isEqualTo(NOT_FOUND);
  }

  /** The id of the actor's (first) clinic, as their portal home links to it. */
  /**
   * The address of a referral in the actor's inbox of every status: the {@code index}-th, or
   * counted from the end when negative.
   */
  private String referralAddress(Actor actor, int index) {
    List<String> links =
        as(actor)
            .get("clinic/referrals.xhtml?status=ALL")
            .document()
            .select("#referralsTable tbody tr th a")
            .stream()
            .map(a -> a.attr("href").replaceFirst("^/", ""))
            .toList();
    assertThat(links).as("referrals in the inbox of " + actor).isNotEmpty();
    return links.get(index < 0 ? links.size() + index : index);
  }

  /** A referral of the actor's clinic still awaiting an answer; see {@link #referralAddress}. */
  private Page referralPage(Actor actor, int index) {
    List<String> links =
        as(actor)
            .get("clinic/referrals.xhtml")
            .document()
            .select("#referralsTable tbody tr th a")
            .stream()
            .map(a -> a.attr("href").replaceFirst("^/", ""))
            .toList();
    assertThat(links).as("referrals awaiting an answer at the clinic of " + actor).isNotEmpty();
    return as(actor).get(links.get(index < 0 ? links.size() + index : index));
  }

  private String firstIssueButton(Actor actor) {
    return as(actor)
        .get("clinic/feeds.xhtml")
        .document()
        .selectFirst("#feedsTable input[type=submit]")
        .attr("name");
  }

  /** Asks {@code path} as each actor and checks each answer, reporting every mismatch at once. */
  private void assertAnswers(
      String path, Answer anonymous, Answer staffA, Answer adminA, Answer staffB) {
    Map<Actor, Answer> expected =
        Map.of(
            Actor.ANONYMOUS, anonymous,
            Actor.STAFF_A, staffA,
            Actor.ADMIN_A, adminA,
            Actor.STAFF_B, staffB);
    SoftAssertions softly = new SoftAssertions();
    for (Actor actor : Actor.values()) {
      softly
          .assertThat(answerOf(as(actor).get(path)))
          .as(actor + " GET " + path)
          .isEqualTo(expected.get(actor));
    }
    softly.assertAll();
  }

  static Answer answerOf(Page page) {
    if (page.sentToSignIn()) {
      return SIGN_IN;
    }
    return switch (page.status()) {
      case 200 -> OK;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      default -> throw new AssertionError(page.uri() + " answered " + page.status());
    };
  }

  /** The availability page of the first provider at {@code actor}'s first clinic. */
  private String firstCalendarOf(Actor actor) {
    Page picker = as(actor).get("clinic/availability.xhtml");
    String clinic = picker.document().selectFirst("#providerPicker input[name=clinic]").val();
    String provider = picker.document().select("#providerChoice option").get(1).val();
    return "clinic/availability.xhtml?clinic=" + clinic + "&provider=" + provider;
  }

  /** The weekly hours and dates as clinic A's admin sees them on {@code calendar}. */
  private List<String> hoursOf(String calendar) {
    return as(Actor.ADMIN_A).get(calendar).document().select("#availability input").stream()
        .filter(input -> !input.attr("type").equals("hidden"))
        .map(input -> input.attr("name") + "=" + input.val() + input.attr("checked"))
        .toList();
  }

  private PortalClient as(Actor actor) {
    return CLIENTS.computeIfAbsent(
        actor,
        a ->
            a == Actor.ANONYMOUS
                ? PortalClient.anonymous(site)
                : PortalClient.signedIn(site, a.email, a.password));
  }
}
