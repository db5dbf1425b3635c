package care.lantern.api.scheduling;

import care.lantern.platform.entity.Choice;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.BookingSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's booking of one free slot. {@code consent} must be true. */
@Schema(name = "AppointmentRequest")
public record AppointmentRequest(
    @Schema(example = "1050", required = true) Long slotId,
    @Schema(
            description = "IN_PERSON or TELEHEALTH; defaults to the slot's first mode",
            example = "IN_PERSON")
        String mode,
    PatientRequest patient,
    @Schema(example = "AETNA", required = true) String payer,
    @Schema(example = "Depression that has not improved with two medications", required = true)
        String reason,
    @Schema(
            enumeration = {"SEARCH", "SCREENING", "REFERRAL"},
            example = "SEARCH")
        String source,
    @Schema(description = "The id of a screening to attach, with the patient's consent")
        String screeningId,
    @Schema(required = true, example = "true") Boolean consent) {

  /** What an empty body stands for: every required field missing. */
  static final AppointmentRequest EMPTY =
      new AppointmentRequest(null, null, null, null, null, null, null, null);

  BookingRequest toBooking() {
    return BookingRequest.withoutHold(
        slotId,
        Choice.read(mode, AppointmentMode.class),
        patient == null ? null : patient.toInput(),
        payer,
        reason,
        Choice.read(source, BookingSource.class),
        screeningId,
        consent);
  }
}
