package care.lantern.web.book;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The fourteen clinic days one page of times covers, from {@code first}; patients page forward and
 * back by whole fortnights but never into the past.
 */
public record Fortnight(LocalDate today, LocalDate first) implements Serializable {

  public static final int DAYS = 14;

  /**
   * The fortnight an address asks for ({@code from=2026-03-02}): from today when absent or not a
   * date, and never from a day in the past.
   */
  public static Fortnight from(String from, LocalDate today) {
    if (from == null || from.isBlank()) {
      return new Fortnight(today, today);
    }
    try {
      LocalDate asked = LocalDate.parse(from.trim());
      return new Fortnight(today, asked.isBefore(today) ? today : asked);
    } catch (DateTimeParseException notADate) {
      return new Fortnight(today, today);
    }
  }

  public LocalDate last() {
    return first.plusDays(DAYS - 1L);
  }

  public LocalDate later() {
    return first.plusDays(DAYS);
  }

  public LocalDate earlier() {
    LocalDate back = first.minusDays(DAYS);
    return back.isBefore(today) ? today : back;
  }

  public boolean hasEarlier() {
    return first.isAfter(today);
  }
}
