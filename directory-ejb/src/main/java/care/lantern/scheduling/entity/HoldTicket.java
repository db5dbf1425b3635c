package care.lantern.scheduling.entity;

import java.time.Instant;

/** A slot kept for one patient until {@code until} while they fill in the form. */
public record HoldTicket(long slotId, String token, Instant until) {}
