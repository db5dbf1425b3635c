package care.lantern.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.staff.entity.InvalidStaffInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralTest {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  private static Referral received() {
    var valid =
        ReferralRequestTest.request(List.of("F33.2"), List.of("TMS"))
            .validated(LocalDate.of(2026, 11, 20), Set.of("AETNA"), Set.of("TMS", "CONSULTATION"));
    return new Referral(new Practice("Elm Street Family Medicine", NOW), valid, "key-1", "ab", NOW);
  }

  private static Referral scheduled() {
    Referral referral = received();
    referral.route(List.of(), NOW, null);
    referral.schedule("LN-7KQ4MZ", NOW.plusSeconds(1), "booked");
    return referral;
  }

  @Test
  void startsReceivedWithAHistoryEntry() {
    Referral referral = received();

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(referral.getHistory())
        .extracting(ReferralEvent::getStatus)
        .containsExactly(ReferralStatus.RECEIVED);
    assertThat(referral.getId()).hasSize(36);
  }

  @Test
  void movesReceivedRoutedScheduledCompletedAndRecordsEachStep() {
    Referral referral = scheduled();
    referral.complete(NOW.plusSeconds(2), "seen");

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(referral.appointmentReference()).contains("LN-7KQ4MZ");
    assertThat(referral.getHistory())
        .extracting(ReferralEvent::getStatus)
        .containsExactly(
            ReferralStatus.RECEIVED,
            ReferralStatus.ROUTED,
            ReferralStatus.SCHEDULED,
            ReferralStatus.COMPLETED);
    assertThat(referral.getHistory().get(2).note()).contains("booked");
    assertThat(referral.getHistory().get(3).at()).isEqualTo(NOW.plusSeconds(2));
  }

  @Test
  void schedulesOnlyARoutedReferral() {
    Referral referral = received();

    assertThatThrownBy(() -> referral.schedule("LN-7KQ4MZ", NOW, null))
        .isInstanceOf(ReferralNotChangeableException.class)
        .hasMessageContaining("RECEIVED");
  }

  @Test
  void completesOrMarksNoShowOnlyWhenScheduled() {
    Referral routed = received();
    routed.route(List.of(), NOW, null);

    assertThatThrownBy(() -> routed.complete(NOW, null))
        .isInstanceOf(ReferralNotChangeableException.class);
    assertThatThrownBy(() -> routed.noShow(NOW, null))
        .isInstanceOf(ReferralNotChangeableException.class);
    Referral missed = scheduled();
    missed.noShow(NOW, null);
    assertThat(missed.getStatus()).isEqualTo(ReferralStatus.NO_SHOW);
  }

  @Test
  void declinesOnlyBeforeScheduling() {
    Referral routed = received();
    routed.route(List.of(), NOW, null);
    routed.decline(NOW, "no clinic accepts the payer");

    assertThat(routed.getStatus()).isEqualTo(ReferralStatus.DECLINED);
    assertThatThrownBy(() -> scheduled().decline(NOW, null))
        .isInstanceOf(ReferralNotChangeableException.class);
  }

  @Test
  void cancelsUntilClosedButNeverAfter() {
    Referral referral = scheduled();
    referral.cancel(NOW, "patient moved");

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CANCELLED);
    assertThatThrownBy(() -> referral.cancel(NOW, null))
        .isInstanceOf(ReferralNotChangeableException.class);
    assertThatThrownBy(() -> referral.route(List.of(), NOW, null))
        .isInstanceOf(ReferralNotChangeableException.class);
  }

  @Test
  void remarksKeepTheStatus() {
    Referral referral = received();
    referral.route(List.of(), NOW, null);
    referral.remark(NOW, "Not scheduled");

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ROUTED);
    assertThat(referral.getHistory()).hasSize(3);
    assertThat(referral.getHistory().get(2).note()).isEqualTo(Optional.of("Not scheduled"));
  }

  @Test
  void recognisesTheRequestItCameFrom() {
    Referral referral = received();

    assertThat(referral.cameFrom("ab")).isTrue();
    assertThat(referral.cameFrom("cd")).isFalse();
    assertThat(referral.cameFrom(null)).isFalse();
  }

  private static Referral routedToClinics(long... clinics) {
    Referral referral = received();
    List<ReferralMatch> matches = new ArrayList<>();
    for (long clinic : clinics) {
      matches.add(new ReferralMatch("TMS", 100 + clinic, clinic, 3.5, Optional.empty()));
      matches.add(new ReferralMatch("TMS", 200 + clinic, clinic, 3.5, Optional.empty()));
    }
    referral.route(matches, NOW, null);
    return referral;
  }

  @Test
  void staysRoutedWhileAnotherMatchedClinicHasNotDeclined() {
    Referral referral = routedToClinics(1, 2);

    boolean closed = referral.declineAt(1, "Midtown TMS", "No TMS chair free this month.", NOW);

    assertThat(closed).isFalse();
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ROUTED);
    assertThat(referral.declineOf(1))
        .map(ClinicDecline::getReason)
        .contains("No TMS chair free this month.");
    assertThat(referral.declineOf(2)).isEmpty();
    assertThat(referral.getHistory().get(2).getStatus()).isEqualTo(ReferralStatus.ROUTED);
    assertThat(referral.getHistory().get(2).note())
        .contains("Declined by Midtown TMS: No TMS chair free this month.");
  }

  @Test
  void isDeclinedOnceEveryMatchedClinicHasDeclined() {
    Referral referral = routedToClinics(1, 2);
    referral.declineAt(1, "Midtown TMS", "Full.", NOW);

    boolean closed = referral.declineAt(2, "Uptown TMS", "Out of network.", NOW.plusSeconds(5));

    assertThat(closed).isTrue();
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.getHistory().get(3).note())
        .contains(
            "Declined by Uptown TMS: Out of network."
                + " Every clinic it was routed to has now declined.");
  }

  @Test
  void aClinicDeclinesOnceAndOnlyAnOpenReferralRoutedToIt() {
    Referral referral = routedToClinics(1, 2);
    referral.declineAt(1, "Midtown TMS", "Full.", NOW);

    assertThatThrownBy(() -> referral.declineAt(1, "Midtown TMS", "Still full.", NOW))
        .isInstanceOf(AlreadyDeclinedException.class);
    assertThatThrownBy(() -> referral.declineAt(3, "Elsewhere", "Not ours.", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scheduled().declineAt(1, "Midtown TMS", "Too late.", NOW))
        .isInstanceOf(ReferralNotChangeableException.class);
  }

  @Test
  void namesTheClinicsAndProvidersRoutingMatched() {
    Referral referral = routedToClinics(7, 3);

    assertThat(referral.matchedClinics()).containsExactly(7L, 3L);
    assertThat(referral.matchedProvidersAt(3)).containsExactly(103L, 203L);
    assertThat(referral.isRoutedTo(7)).isTrue();
    assertThat(referral.isRoutedTo(9)).isFalse();
  }

  @Test
  void booksForThePatientWithTheirConsentAttestedByTheReferrer() {
    var booking = routedToClinics(1).bookingFor(42, Choice.of(AppointmentMode.IN_PERSON));

    assertThat(booking.slotId()).isEqualTo(42L);
    assertThat(booking.mode()).isEqualTo(Choice.of(AppointmentMode.IN_PERSON));
    assertThat(booking.source()).isEqualTo(Choice.of(BookingSource.REFERRAL));
    assertThat(booking.consent()).isTrue();
    assertThat(booking.payer()).isEqualTo("AETNA");
    assertThat(booking.patient().email()).isEqualTo("alex.rivera@example.com");
    assertThat(booking.reason())
        .startsWith("Referral from Elm Street Family Medicine for TMS (ICD-10 F33.2)");
  }

  @Test
  void booksOnlyWhileRoutedAwaitingItsBooking() {
    assertThatThrownBy(() -> received().bookingFor(42, Choice.of(AppointmentMode.IN_PERSON)))
        .isInstanceOf(ReferralNotChangeableException.class);
    assertThatThrownBy(() -> scheduled().bookingFor(42, Choice.of(AppointmentMode.IN_PERSON)))
        .isInstanceOf(ReferralNotChangeableException.class);
  }

  @Test
  void aDeclineNeedsAReasonTheReferrerCanRead() {
    Referral referral = routedToClinics(1, 2);

    assertThatThrownBy(() -> referral.declineAt(1, "Midtown TMS", "   ", NOW))
        .isInstanceOfSatisfying(
            InvalidStaffInputException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("reason"));
    assertThatThrownBy(
            () ->
                referral.declineAt(1, "Midtown TMS", "x".repeat(ClinicDecline.MAX_REASON + 1), NOW))
        .isInstanceOf(InvalidStaffInputException.class)
        .hasMessageContaining(String.valueOf(ClinicDecline.MAX_REASON));
    assertThat(referral.declineOf(1)).isEmpty();

    referral.declineAt(1, "Midtown TMS", "  Fully booked until March.  ", NOW);
    assertThat(referral.declineOf(1))
        .map(ClinicDecline::getReason)
        .contains("Fully booked until March.");
  }
}
