package care.lantern.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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
}
