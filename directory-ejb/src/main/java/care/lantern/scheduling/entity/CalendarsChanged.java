package care.lantern.scheduling.entity;

import java.util.Set;

/**
 * Which calendars' free consultation times a transaction changed (a slot published, held, taken,
 * freed or withdrawn, or a provider's time taken elsewhere). Fired inside that transaction;
 * observers that keep what is free in memory act on it once the transaction has committed.
 */
public record CalendarsChanged(Set<CalendarId> calendars) {

  public CalendarsChanged {
    calendars = Set.copyOf(calendars);
  }
}
