package care.lantern.api.scheduling;

import care.lantern.api.ClinicTime;
import care.lantern.scheduling.entity.SlotView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A free consultation slot; book it by sending its {@code id} as {@code slotId}. */
@Schema(name = "Slot")
@JsonbPropertyOrder({"id", "start", "end", "clinicId", "mode", "timezone"})
public record SlotResponse(
    long id,
    @Schema(example = "2026-11-23T14:00:00-05:00") String start,
    @Schema(example = "2026-11-23T14:45:00-05:00") String end,
    long clinicId,
    @Schema(enumeration = {"IN_PERSON", "TELEHEALTH"}) String mode,
    @Schema(example = "America/New_York") String timezone) {

  public static SlotResponse from(SlotView slot) {
    return new SlotResponse(
        slot.id(),
        ClinicTime.format(slot.start(), slot.timezone()),
        ClinicTime.format(slot.end(), slot.timezone()),
        slot.clinicId(),
        slot.mode().name(),
        slot.timezone().getId());
  }
}
