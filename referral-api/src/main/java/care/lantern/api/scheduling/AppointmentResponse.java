package care.lantern.api.scheduling;

import care.lantern.api.ClinicTime;
import care.lantern.api.directory.ClinicResponse;
import care.lantern.scheduling.entity.AppointmentView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appointment as its patient may see it. {@code manageUrl} carries the unguessable token; the
 * patient's own details are never sent back.
 */
@Schema(name = "Appointment")
@JsonbPropertyOrder({
  "reference",
  "status",
  "start",
  "end",
  "mode",
  "provider",
  "clinic",
  "lateCancellation",
  "manageUrl"
})
public record AppointmentResponse(
    @Schema(example = "LN-7KQ4MZ") String reference,
    @Schema(enumeration = {"BOOKED", "CANCELLED", "COMPLETED", "NO_SHOW"}) String status,
    @Schema(example = "2026-11-23T14:00:00-05:00") String start,
    @Schema(example = "2026-11-23T14:45:00-05:00") String end,
    String mode,
    ProviderRef provider,
    ClinicResponse clinic,
    @Schema(description = "Cancelled inside the clinic's late-cancellation window")
        boolean lateCancellation,
    String manageUrl) {

  /** Who the appointment is with. */
  @Schema(name = "ProviderRef")
  public record ProviderRef(long id, String name, String credentials) {}

  static AppointmentResponse from(AppointmentView a, String manageUrl) {
    return new AppointmentResponse(
        a.reference(),
        a.status().name(),
        ClinicTime.format(a.start(), a.clinic().timezone()),
        ClinicTime.format(a.end(), a.clinic().timezone()),
        a.mode().name(),
        new ProviderRef(a.providerId(), a.providerName(), a.providerCredentials()),
        ClinicResponse.from(a.clinic()),
        a.lateCancellation(),
        manageUrl);
  }
}
