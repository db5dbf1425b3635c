package care.lantern.api.scheduling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The free slot to move an appointment to. */
@Schema(name = "RescheduleRequest")
public record RescheduleRequest(
    @Schema(example = "1051", required = true) Long slotId,
    @Schema(example = "TELEHEALTH") String mode) {}
