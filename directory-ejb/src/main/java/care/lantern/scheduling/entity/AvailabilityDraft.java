package care.lantern.scheduling.entity;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A calendar's availability as a person typed it, before it is checked: the weekly hours and the
 * date overrides from today on. Times are "09:00", dates "2026-12-24"; see {@link
 * Availability#validated}.
 */
public record AvailabilityDraft(List<RuleRow> rules, List<OverrideRow> overrides) {

  public AvailabilityDraft {
    rules = List.copyOf(rules);
    overrides = List.copyOf(overrides);
  }

  /** One row of weekly hours. */
  public record RuleRow(
      DayOfWeek day, String start, String end, boolean inPerson, boolean telehealth) {}

  /** One date: closed all day, or open {@code start} to {@code end} instead of the weekly hours. */
  public record OverrideRow(String date, boolean closed, String start, String end) {}
}
