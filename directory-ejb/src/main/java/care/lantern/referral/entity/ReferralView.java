package care.lantern.referral.entity;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.SlotView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A referral as its practice sees it: status, the providers routing matched with their next free
 * consultations, the booked appointment if any, and the history. The patient's details are not
 * echoed: the practice sent them and knows them.
 */
public record ReferralView(
    String id,
    ReferralStatus status,
    Urgency urgency,
    List<String> requestedTreatments,
    Instant createdAt,
    Instant updatedAt,
    List<Match> matches,
    Optional<AppointmentView> appointment,
    List<HistoryEntry> history) {

  /** A provider suitable for one requested treatment, with their next free consultations. */
  public record Match(
      String treatment,
      long providerId,
      String providerName,
      String providerCredentials,
      ClinicSummary clinic,
      double distanceMiles,
      List<SlotView> nextSlots) {}

  /** One status the referral moved to, when, and why if noted. */
  public record HistoryEntry(ReferralStatus status, Instant at, Optional<String> note) {

    public static HistoryEntry of(ReferralEvent event) {
      return new HistoryEntry(event.getStatus(), event.at(), event.note());
    }
  }
}
