package care.lantern.scheduling.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How much of a calendar one page shows: a day, or the Monday-to-Sunday week of a day. */
public enum CalendarSpan {
  DAY(1),
  WEEK(7);

  private final int days;

  CalendarSpan(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }

  /** The first day shown for {@code date}. */
  public LocalDate firstDay(LocalDate date) {
    return this == WEEK ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date;
  }

  /** The day the previous page (-1) or next page (+1) is about. */
  public LocalDate step(LocalDate date, int pages) {
    return firstDay(date).plusDays((long) pages * days);
  }
}
