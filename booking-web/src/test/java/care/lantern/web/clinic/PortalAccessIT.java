package care.lantern.web.clinic;

import static care.lantern.web.clinic.PortalAccessIT.Answer.FORBIDDEN;
import static care.lantern.web.clinic.PortalAccessIT.Answer.NOT_FOUND;
import static care.lantern.web.clinic.PortalAccessIT.Answer.OK;
import static care.lantern.web.clinic.PortalAccessIT.Answer.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.web.clinic.PortalClient.Page;
import care.lantern.web.testing.Deployments;
import java.net.URL;
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
  void theReferralInboxIsOnlyForStaffOfItsClinic() {
    String clinicA = clinicOf(Actor.STAFF_A);

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
    String clinicA = clinicOf(Actor.STAFF_A);
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
  private String clinicOf(Actor actor) {
    return as(actor)
        .get("clinic/")
        .document()
        .selectFirst("a[href*=referrals.xhtml?clinic=]")
        .attr("href")
        .replaceAll(".*clinic=(\\d+).*", "$1");
  }

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

  private PortalClient as(Actor actor) {
    return CLIENTS.computeIfAbsent(
        actor,
        a ->
            a == Actor.ANONYMOUS
                ? PortalClient.anonymous(site)
                : PortalClient.signedIn(site, a.email, a.password));
  }
}
