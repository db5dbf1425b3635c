package care.lantern.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.control.ProviderTime;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.WeeklyRule;
import care.lantern.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo directory, generated from the real ZIP table, keeps the platform's own rules. */
class DemoDirectoryMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void noProviderHasOverlappingHoursAtTwoClinics() {
    DemoDirectory.Directory directory =
        db.inTransaction(
            em ->
                new DemoDirectory(42, TODAY)
                    .generate(
                        new DemoDirectory.Size(60, 1200),
                        anchor -> List.of(em.find(ZipCode.class, anchor))));
    Map<Provider, List<DemoDirectory.Hours>> byProvider =
        directory.hours().stream().collect(Collectors.groupingBy(DemoDirectory.Hours::provider));
    List<FieldError> overlaps = new ArrayList<>();
    int twoClinics = 0;
    for (List<DemoDirectory.Hours> calendars : byProvider.values()) {
      if (calendars.size() < 2) {
        continue;
      }
      twoClinics++;
      for (DemoDirectory.Hours mine : calendars) {
        List<ProviderTime.OtherCalendar> others =
            calendars.stream()
                .filter(other -> other != mine)
                .map(
                    other ->
                        new ProviderTime.OtherCalendar(
                            other.clinic().getName(),
                            other.clinic().zone(),
                            new Availability(other.rules(), List.of())))
                .toList();
        overlaps.addAll(
            ProviderTime.hoursOverlapping(
                draft(mine.rules()),
                new Availability(mine.rules(), List.of()),
                mine.clinic().zone(),
                others,
                TODAY));
      }
    }

    assertThat(twoClinics).isGreaterThan(50);
    assertThat(overlaps).isEmpty();
  }

  private static AvailabilityDraft draft(List<WeeklyRule> rules) {
    return new AvailabilityDraft(
        rules.stream()
            .map(
                rule ->
                    new AvailabilityDraft.RuleRow(
                        rule.day(),
                        rule.start().toString(),
                        rule.end().toString(),
                        rule.modes().contains(AppointmentMode.IN_PERSON),
                        rule.modes().contains(AppointmentMode.TELEHEALTH)))
            .toList(),
        List.of());
  }
}
