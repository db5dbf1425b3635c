package care.lantern.referral.entity;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A referral as the clinic it was routed to reads it: everything the referrer sent about the
 * patient, its history, the providers routing matched here, and, while it waits for an answer,
 * those providers' free consultation times to schedule it into.
 */
public record ReferralDetail(
    String id,
    ClinicSummary clinic,
    ReferralStatus status,
    Urgency urgency,
    Instant receivedAt,
    String practice,
    Patient patient,
    String payerCode,
    List<String> diagnosisCodes,
    Optional<Integer> phq9Score,
    Optional<Integer> priorAntidepressantTrials,
    List<String> requestedTreatments,
    Optional<AppointmentMode> preferredMode,
    Optional<String> notes,
    List<ReferralView.HistoryEntry> history,
    List<MatchedProvider> matchedProviders,
    Optional<Decline> declinedHere,
    Optional<AppointmentView> appointment,
    List<FreeTime> freeTimes) {

  /** The patient's contact details as the referrer sent them. */
  public record Patient(
      String firstName,
      String lastName,
      String email,
      String phone,
      LocalDate dateOfBirth,
      String zip) {}

  /** A provider of this clinic routing matched, and for which treatments. */
  public record MatchedProvider(
      long id, String name, String credentials, List<String> treatments) {}

  /** This clinic's decline. */
  public record Decline(Instant at, String reason) {}

  /** A free consultation of a matched provider here, in each mode it is offered in. */
  public record FreeTime(
      long slotId,
      Instant start,
      Instant end,
      List<AppointmentMode> modes,
      long providerId,
      String providerName,
      String providerCredentials) {}

  /**
   * The referral as {@code clinic} reads it, with what only queries can tell: the providers routing
   * matched there, the appointment it was scheduled into, and the free times to schedule it into.
   */
  public static ReferralDetail of(
      Referral referral,
      ClinicSummary clinic,
      List<MatchedProvider> matchedProviders,
      Optional<AppointmentView> appointment,
      List<FreeTime> freeTimes) {
    var patient = referral.getPatient();
    return new ReferralDetail(
        referral.getId(),
        clinic,
        referral.statusAt(clinic.id()),
        referral.getUrgency(),
        referral.createdAt(),
        referral.getPractice().getName(),
        new Patient(
            patient.getFirstName(),
            patient.getLastName(),
            patient.getEmail(),
            patient.getPhone(),
            patient.getDateOfBirth(),
            patient.getZip()),
        referral.getPayerCode(),
        referral.diagnosisCodes(),
        referral.phq9Score(),
        referral.priorAntidepressantTrials(),
        referral.requestedTreatments(),
        referral.preferredMode(),
        referral.notes(),
        referral.getHistory().stream().map(ReferralView.HistoryEntry::of).toList(),
        matchedProviders,
        referral.declineOf(clinic.id()).map(d -> new Decline(d.at(), d.getReason())),
        appointment,
        freeTimes);
  }

  /** Whether the clinic can still accept and schedule it, or decline it. */
  public boolean isOpen() {
    return status == ReferralStatus.ROUTED;
  }

  public boolean isUrgent() {
    return urgency == Urgency.URGENT;
  }
}
