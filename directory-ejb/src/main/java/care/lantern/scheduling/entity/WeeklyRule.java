package care.lantern.scheduling.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * Recurring opening hours: every {@code day}, from {@code start} to {@code end} on the clinic's
 * wall clock, the calendar offers appointments in {@code modes}. Several rules may share a day (a
 * morning and an afternoon, or in-person and telehealth hours that overlap).
 */
public record WeeklyRule(
    DayOfWeek day, LocalTime start, LocalTime end, Set<AppointmentMode> modes) {

  public WeeklyRule {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "A weekly rule must start before it ends: " + day + " " + start + " to " + end);
    }
    modes = Set.copyOf(Objects.requireNonNull(modes, "modes"));
    if (modes.isEmpty()) {
      throw new IllegalArgumentException("A weekly rule must offer at least one mode");
    }
  }

  public TimeWindow window() {
    return new TimeWindow(start, end);
  }
}
