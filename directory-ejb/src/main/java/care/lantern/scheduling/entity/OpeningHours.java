package care.lantern.scheduling.entity;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A calendar's opening hours, read on the clinic's wall clock in {@code zone}: the weekly rules,
 * and date overrides that replace the rules on their date (at most one per date).
 */
public record OpeningHours(ZoneId zone, List<WeeklyRule> weekly, List<DateOverride> overrides) {

  public OpeningHours {
    Objects.requireNonNull(zone, "zone");
    weekly = List.copyOf(weekly);
    overrides = List.copyOf(overrides);
  }
}
