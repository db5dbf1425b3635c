package care.lantern.scheduling.entity;

import static care.lantern.scheduling.entity.AppointmentMode.IN_PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyRuleTest {

  @ParameterizedTest
  @CsvSource({"10:00, 09:00", "09:00, 09:00"})
  void rejectsHoursThatDoNotStartBeforeTheyEnd(LocalTime start, LocalTime end) {
    assertThatThrownBy(() -> new WeeklyRule(DayOfWeek.MONDAY, start, end, Set.of(IN_PERSON)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsHoursWithoutAnyMode() {
    assertThatThrownBy(
            () ->
                new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsItsModesWhenTheCallersSetChanges() {
    var modes = new HashSet<>(Set.of(IN_PERSON));
    var rule = new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), modes);

    modes.add(AppointmentMode.TELEHEALTH);

    assertThat(rule.modes()).containsExactly(IN_PERSON);
  }
}
