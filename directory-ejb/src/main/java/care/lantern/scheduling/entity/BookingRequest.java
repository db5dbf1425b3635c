package care.lantern.scheduling.entity;

/**
 * A patient's request to book a slot, as the web form or the API sends it: raw values, validated by
 * the booking boundary. {@code mode} may be null (the slot's first mode); {@code holdToken} is the
 * hold the web flow placed, if any.
 */
public record BookingRequest(
    Long slotId,
    String mode,
    PatientDetails.Input patient,
    String payer,
    String reason,
    String source,
    String screeningId,
    Boolean consent,
    String holdToken) {}
