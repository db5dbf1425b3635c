package care.lantern.scheduling.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A date override on a provider's calendar: closed all day (time off, a holiday) when {@code
 * onlyDuring} is empty, otherwise open only during those hours instead of the weekly ones.
 */
public record BlockedTime(LocalDate date, ProviderChoice provider, List<TimeWindow> onlyDuring) {

  public boolean isClosedAllDay() {
    return onlyDuring.isEmpty();
  }
}
