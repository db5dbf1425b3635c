package care.lantern.scheduling.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Opening hours for one date that replace the weekly rules of that date: no windows means the
 * calendar is closed (a holiday), windows mean exactly those hours (extra or different hours).
 * Override windows offer every mode the calendar's weekly rules offer: an override changes when the
 * clinic is open, not how it sees patients. A calendar without weekly rules therefore offers
 * nothing through overrides: a wrong mode (telehealth at an in-person-only clinic) would be worse.
 */
public record DateOverride(LocalDate date, List<TimeWindow> windows) {

  public DateOverride {
    Objects.requireNonNull(date, "date");
    windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
  }

  public static DateOverride closed(LocalDate date) {
    return new DateOverride(date, List.of());
  }

  public boolean isClosed() {
    return windows.isEmpty();
  }
}
