package care.lantern.web.book;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.SlotView;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Free consultation times as the time picker shows them: grouped by the clinic's calendar days, one
 * entry per time with the modes it can be had in. The boundary lists one {@link SlotView} per mode;
 * a patient thinks of one time that can be in person or by video.
 */
public record Timetable(List<Day> days, List<String> zoneNames) implements Serializable {

  public Timetable {
    days = List.copyOf(days);
    zoneNames = List.copyOf(zoneNames);
  }

  /** One clinic day: "Tuesday, March 3" and its times in order. */
  public record Day(LocalDate date, String heading, List<Time> times) implements Serializable {
    public Day {
      times = List.copyOf(times);
    }
  }

  /** One slot: its start as "2:00 PM EST" and the modes it is offered in. */
  public record Time(long slotId, String label, List<AppointmentMode> modes)
      implements Serializable {
    public Time {
      modes = List.copyOf(modes);
    }
  }

  public static Timetable empty() {
    return new Timetable(List.of(), List.of());
  }

  public static Timetable of(List<SlotView> slots, Locale locale) {
    Map<Long, List<SlotView>> bySlot = new LinkedHashMap<>();
    slots.stream()
        .sorted(Comparator.comparing(SlotView::start).thenComparing(SlotView::id))
        .forEach(view -> bySlot.computeIfAbsent(view.id(), id -> new ArrayList<>()).add(view));
    Map<LocalDate, List<Time>> timesByDate = new LinkedHashMap<>();
    Map<LocalDate, String> headings = new LinkedHashMap<>();
    Set<String> zoneNames = new LinkedHashSet<>();
    bySlot.forEach(
        (slotId, modes) -> {
          SlotView first = modes.get(0);
          ClinicClock clock = new ClinicClock(first.timezone(), locale);
          LocalDate date = clock.localDate(first.start());
          headings.putIfAbsent(date, clock.day(first.start()));
          timesByDate
              .computeIfAbsent(date, d -> new ArrayList<>())
              .add(
                  new Time(
                      slotId,
                      clock.time(first.start()),
                      modes.stream().map(SlotView::mode).distinct().sorted().toList()));
          zoneNames.add(clock.zoneName());
        });
    List<Day> days =
        timesByDate.entrySet().stream()
            .map(entry -> new Day(entry.getKey(), headings.get(entry.getKey()), entry.getValue()))
            .toList();
    return new Timetable(days, List.copyOf(zoneNames));
  }

  public boolean isEmpty() {
    return days.isEmpty();
  }

  /**
   * "Eastern Time (America/New_York)"; several, comma-separated, when times span clinics' zones.
   */
  public String zones() {
    return String.join(", ", zoneNames);
  }
}
