package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.control.SessionRules.Candidate;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Busy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Monday 23 November 2026, 9:00 AM in New York. */
  private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");

  private static final Instant TEN_AM = NOW.plus(Duration.ofHours(1));

  private final SessionRules rules = new SessionRules();

  @Test
  void aSpravatoSessionFitsWhileAChairIsFree() {
    var oneChairTaken = List.of(busy(TEN_AM, Duration.ofHours(2)));

    assertThat(rules.problems(spravato(TEN_AM, 2, oneChairTaken))).isEmpty();
  }

  @Test
  void aSpravatoSessionIsRefusedWhenEveryChairIsTakenAtSomePointOfItsTwoHours() {
    var bothChairsTakenFromEleven =
        List.of(
            busy(TEN_AM.plus(Duration.ofHours(1)), Duration.ofMinutes(100)),
            busy(TEN_AM.plus(Duration.ofMinutes(90)), Duration.ofHours(2)));

    assertThat(fields(rules.problems(spravato(TEN_AM, 2, bothChairsTakenFromEleven))))
        .containsExactly("time");
  }

  @Test
  void spravatoNeedsAValidRemsCertification() {
    var noRems =
        new Candidate(
            AppointmentType.SPRAVATO,
            NEW_YORK,
            true,
            false,
            2,
            TEN_AM,
            NOW,
            List.of(),
            false,
            List.of());

    assertThat(rules.problems(noRems))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("type");
              assertThat(problem.message()).contains("REMS");
            });
  }

  @Test
  void aChairSessionNeedsTheClinicToHaveChairs() {
    assertThat(fields(rules.problems(spravato(TEN_AM, 0, List.of())))).containsExactly("type");
  }

  @Test
  void theProvidersOwnTimeIsNotDoubleBooked() {
    var consultation = List.of(busy(TEN_AM.plus(Duration.ofMinutes(10)), Duration.ofMinutes(45)));
    var tms =
        new Candidate(
            AppointmentType.TMS_SESSION,
            NEW_YORK,
            true,
            false,
            0,
            TEN_AM,
            NOW,
            consultation,
            false,
            List.of());

    assertThat(fields(rules.problems(tms))).containsExactly("time");
  }

  @Test
  void aSessionRightAfterAnotherAppointmentFits() {
    var endsAtTen = List.of(busy(TEN_AM.minus(Duration.ofMinutes(20)), Duration.ofMinutes(20)));
    var tms =
        new Candidate(
            AppointmentType.TMS_SESSION,
            NEW_YORK,
            true,
            false,
            0,
            TEN_AM,
            NOW,
            endsAtTen,
            false,
            List.of());

    assertThat(rules.problems(tms)).isEmpty();
  }

  @Test
  void aTimeAPatientHoldsRightNowIsRefused() {
    var held =
        new Candidate(
            AppointmentType.TMS_MAPPING,
            NEW_YORK,
            true,
            false,
            0,
            TEN_AM,
            NOW,
            List.of(),
            true,
            List.of());

    assertThat(fields(rules.problems(held))).containsExactly("time");
  }

  @Test
  void aSessionEarlierTodayCanBeRecordedButNotOnAnEarlierDay() {
    Instant earlyThisMorning = Instant.parse("2026-11-23T05:30:00Z");
    Instant lateYesterday = Instant.parse("2026-11-23T04:30:00Z");

    assertThat(rules.problems(tms(earlyThisMorning))).isEmpty();
    assertThat(fields(rules.problems(tms(lateYesterday)))).containsExactly("date");
  }

  @Test
  void consultationsAreLeftToPatientsAndUnofferedTreatmentsAreRefused() {
    var consultation =
        new Candidate(
            AppointmentType.CONSULTATION,
            NEW_YORK,
            true,
            true,
            2,
            TEN_AM,
            NOW,
            List.of(),
            false,
            List.of());
    var notOffered =
        new Candidate(
            AppointmentType.KETAMINE_IV,
            NEW_YORK,
            false,
            true,
            2,
            TEN_AM,
            NOW,
            List.of(),
            false,
            List.of());

    assertThat(fields(rules.problems(consultation))).containsExactly("type");
    assertThat(fields(rules.problems(notOffered))).containsExactly("type");
  }

  private static Candidate spravato(Instant start, int chairs, List<Busy> chairsBusy) {
    return new Candidate(
        AppointmentType.SPRAVATO,
        NEW_YORK,
        true,
        true,
        chairs,
        start,
        NOW,
        List.of(),
        false,
        chairsBusy);
  }

  private static Candidate tms(Instant start) {
    return new Candidate(
        AppointmentType.TMS_SESSION,
        NEW_YORK,
        true,
        false,
        0,
        start,
        NOW,
        List.of(),
        false,
        List.of());
  }

  private static Busy busy(Instant start, Duration length) {
    return new Busy(start, start.plus(length));
  }

  private static List<String> fields(List<FieldError> problems) {
    return problems.stream().map(FieldError::field).toList();
  }
}
