package care.lantern.scheduling.entity;

/** A booking that went through, with the token for the manage link (shown only this once). */
public record Confirmation(AppointmentView appointment, String manageToken) {}
