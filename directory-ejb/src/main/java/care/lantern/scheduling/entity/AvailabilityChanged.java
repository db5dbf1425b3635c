package care.lantern.scheduling.entity;

/**
 * Fired inside a transaction that published, held, took or freed consultation slots, so that
 * anything remembering what was free (the search's result cache) can forget it once the change is
 * committed.
 */
public record AvailabilityChanged() {}
