package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.CalendarId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchableDirectoryTest {

  private static final CalendarId CALENDAR = new CalendarId(7, 3);

  @Test
  void keepsTheTimesOfTheReadThatBeganLastWhateverOrderReadsFinishIn() {
    SearchableDirectory directory = directoryWithTimes(3);
    directory.builtFrom(5);

    directory.replace(Map.of(CALENDAR, times(1)), 4);
    assertThat(directory.freeTimeCount()).as("began before the build's read").isEqualTo(3);

    directory.replace(Map.of(CALENDAR, times(2)), 7);
    assertThat(directory.freeTimeCount()).as("began after it").isEqualTo(2);

    directory.replace(Map.of(CALENDAR, times(4)), 6);
    assertThat(directory.freeTimeCount()).as("began before read 7, finished after").isEqualTo(2);

    directory.replace(Map.of(CALENDAR, times(1), new CalendarId(8, 3), times(5)), 8);
    assertThat(directory.freeTimeCount()).as("an unknown calendar is passed over").isEqualTo(1);
  }

  private static SearchableDirectory directoryWithTimes(int count) {
    var builder = new SearchableDirectory.Builder();
    builder.clinic(
        new ClinicSummary(
            3, "Clinic", "1 Main St", "Town", "NY", "10001", ZoneId.of("UTC"), Duration.ZERO),
        40.75,
        -73.99,
        false,
        null);
    builder.provider(7, "Dana Whitfield", "MD", true);
    builder.practice(CALENDAR);
    for (int i = 0; i < count; i++) {
      builder.freeTime(CALENDAR, 1_000_000L * (i + 1), FreeTimes.NO_TIME);
    }
    return builder.build();
  }

  private static FreeTimes times(int count) {
    long[] starts = new long[count];
    long[] holds = new long[count];
    for (int i = 0; i < count; i++) {
      starts[i] = 1_000_000L * (i + 1);
      holds[i] = FreeTimes.NO_TIME;
    }
    return FreeTimes.of(starts, holds, count);
  }
}
