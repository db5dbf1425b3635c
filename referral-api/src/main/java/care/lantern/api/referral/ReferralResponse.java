package care.lantern.api.referral;

import care.lantern.api.ClinicTime;
import care.lantern.api.directory.ClinicResponse;
import care.lantern.directory.entity.Provider;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.ReferralView;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as its practice sees it. Referral times are UTC ({@code Z} offset); appointment and
 * slot times carry the offset of the clinic's own zone.
 */
@Schema(name = "Referral")
@JsonbPropertyOrder({
  "id",
  "status",
  "urgency",
  "requestedTreatments",
  "createdAt",
  "updatedAt",
  "matches",
  "appointment",
  "history"
})
public record ReferralResponse(
    @Schema(example = "3f0c1d52-6a7e-4a8e-9d55-0b1f7c2e9a41") String id,
    @Schema(implementation = ReferralStatus.class, example = "SCHEDULED") String status,
    @Schema(example = "ROUTINE") String urgency,
    List<String> requestedTreatments,
    @Schema(example = "2026-11-20T15:04:05Z") String createdAt,
    @Schema(example = "2026-11-20T15:04:06Z") String updatedAt,
    List<Match> matches,
    @Schema(description = "The booked consultation; present once SCHEDULED", nullable = true)
        Appointment appointment,
    List<HistoryEntry> history) {

  /** A provider suitable for one of the routed treatments, with their next free consultations. */
  @Schema(name = "ReferralMatch")
  @JsonbPropertyOrder({"treatment", "provider", "clinic", "distanceMiles", "nextSlots"})
  public record Match(
      @Schema(example = "TMS") String treatment,
      Provider provider,
      ClinicResponse clinic,
      @Schema(example = "2.4") double distanceMiles,
      List<Slot> nextSlots) {}

  @Schema(name = "ReferralProvider")
  @JsonbPropertyOrder({"id", "name", "credentials"})
  public record Provider(long id, String name, @Schema(example = "MD") String credentials) {}

  /** A free consultation, bookable by the patient through the public booking API. */
  @Schema(name = "ReferralSlot")
  @JsonbPropertyOrder({"id", "start", "end", "mode"})
  public record Slot(
      long id,
      @Schema(example = "2026-11-23T14:00:00-05:00") String start,
      @Schema(example = "2026-11-23T14:45:00-05:00") String end,
      @Schema(example = "IN_PERSON") String mode) {}

  /**
   * The consultation booked for the patient. The manage link goes to the patient by email only; it
   * is not given to the practice.
   */
  @Schema(name = "ReferralAppointment")
  @JsonbPropertyOrder({"reference", "status", "start", "end", "mode", "provider", "clinic"})
  public record Appointment(
      @Schema(example = "LN-7KQ4MZ") String reference,
      @Schema(example = "BOOKED") String status,
      @Schema(example = "2026-11-23T14:00:00-05:00") String start,
      @Schema(example = "2026-11-23T14:45:00-05:00") String end,
      @Schema(example = "IN_PERSON") String mode,
      Provider provider,
      ClinicResponse clinic) {}

  @Schema(name = "ReferralHistoryEntry")
  @JsonbPropertyOrder({"status", "at", "note"})
  public record HistoryEntry(
      @Schema(example = "ROUTED") String status,
      @Schema(example = "2026-11-20T15:04:06Z") String at,
      @Schema(nullable = true, example = "3 matching provider(s) for TMS.") String note) {}

  static ReferralResponse from(ReferralView referral) {
    return new ReferralResponse(
        referral.id(),
        referral.status().name(),
        referral.urgency().name(),
        referral.requestedTreatments(),
        utc(referral.createdAt()),
        utc(referral.updatedAt()),
        referral.matches().stream().map(ReferralResponse::match).toList(),
        referral.appointment().map(ReferralResponse::appointment).orElse(null),
        referral.history().stream()
            .map(e -> new HistoryEntry(e.status().name(), utc(e.at()), e.note().orElse(null)))
            .toList());
  }

  private static Match match(ReferralView.Match match) {
    return new Match(
        match.treatment(),
        new Provider(match.providerId(), match.providerName(), match.providerCredentials()),
        ClinicResponse.from(match.clinic()),
        match.distanceMiles(),
        match.nextSlots().stream().map(ReferralResponse::slot).toList());
  }

  private static Slot slot(SlotView slot) {
    return new Slot(
        slot.id(),
        ClinicTime.format(slot.start(), slot.timezone()),
        ClinicTime.format(slot.end(), slot.timezone()),
        slot.mode().name());
  }

  private static Appointment appointment(AppointmentView a) {
    return new Appointment(
        a.reference(),
        a.status().name(),
        ClinicTime.format(a.start(), a.clinic().timezone()),
        ClinicTime.format(a.end(), a.clinic().timezone()),
        a.mode().name(),
        new Provider(a.providerId(), a.providerName(), a.providerCredentials()),
        ClinicResponse.from(a.clinic()));
  }

  private static String utc(Instant instant) {
    return ClinicTime.format(instant, ZoneOffset.UTC);
  }
}
