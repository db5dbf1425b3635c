package care.lantern.scheduling.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AvailabilityDraft.OverrideRow;
import care.lantern.scheduling.entity.AvailabilityDraft.RuleRow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A calendar's checked availability: its weekly hours, and its date overrides from today on (one
 * per date). Rows that share a mode must not overlap on one day: that is one period typed twice or
 * a typing mistake. In-person and telehealth hours may overlap.
 */
public record Availability(List<WeeklyRule> rules, List<DateOverride> overrides) {

  /** How far ahead a date override may be set. */
  public static final int OVERRIDE_YEARS = 1;

  private static final Comparator<WeeklyRule> BY_DAY_AND_TIME =
      Comparator.comparing(WeeklyRule::day)
          .thenComparing(WeeklyRule::start)
          .thenComparing(WeeklyRule::end)
          .thenComparing(rule -> rule.modes().contains(AppointmentMode.IN_PERSON))
          .thenComparing(rule -> rule.modes().contains(AppointmentMode.TELEHEALTH));

  private static final DateTimeFormatter TIME_INPUT = DateTimeFormatter.ofPattern("H:mm[:ss]");
  private static final DateTimeFormatter SPOKEN_TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  public Availability {
    rules = rules.stream().sorted(BY_DAY_AND_TIME).toList();
    overrides = overrides.stream().sorted(Comparator.comparing(DateOverride::date)).toList();
  }

  /**
   * Checks what a person typed, or throws with a message for every field to correct.
   *
   * @param today the clinic's date: overrides cannot change the past
   * @param telehealthOffered whether the clinic sees patients by video at all
   * @throws InvalidAvailabilityException naming {@code rules[i].start|end|modes} and {@code
   *     overrides[i].date|start|end}
   */
  public static Availability validated(
      AvailabilityDraft draft, LocalDate today, boolean telehealthOffered) {
    List<FieldError> errors = new ArrayList<>();
    List<WeeklyRule> rules = new ArrayList<>();
    for (int i = 0; i < draft.rules().size(); i++) {
      rule(draft.rules().get(i), "rules[" + i + "].", telehealthOffered, rules, errors)
          .ifPresent(rules::add);
    }
    List<DateOverride> overrides =
        overrides(draft.overrides(), today, !draft.rules().isEmpty(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidAvailabilityException(errors);
    }
    return new Availability(rules, overrides);
  }

  /** Whether the weekly hours are the same as {@code other}'s, whatever the order of rows. */
  public boolean sameRulesAs(Availability other) {
    return rules.equals(other.rules);
  }

  /** The overrides by date. */
  public Map<LocalDate, DateOverride> overridesByDate() {
    Map<LocalDate, DateOverride> byDate = new TreeMap<>();
    overrides.forEach(override -> byDate.put(override.date(), override));
    return Collections.unmodifiableMap(byDate);
  }

  /** A time as the form takes it ("9:00", "14:30"), if it is one. */
  public static Optional<LocalTime> parsedTime(String raw) {
    try {
      return raw == null ? Optional.empty() : Optional.of(LocalTime.parse(raw.trim(), TIME_INPUT));
    } catch (DateTimeParseException notATime) {
      return Optional.empty();
    }
  }

  private static Optional<WeeklyRule> rule(
      RuleRow row,
      String field,
      boolean telehealthOffered,
      List<WeeklyRule> earlier,
      List<FieldError> errors) {
    int before = errors.size();
    if (row.day() == null) {
      errors.add(new FieldError(field + "day", "Choose the day of the week."));
    }
    Optional<TimeWindow> window = window(row.start(), row.end(), field, errors);
    if (!row.inPerson() && !row.telehealth()) {
      errors.add(new FieldError(field + "modes", "Choose in person, telehealth or both."));
    } else if (row.telehealth() && !telehealthOffered) {
      errors.add(
          new FieldError(
              field + "modes", "This clinic does not offer telehealth. Choose in person."));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    WeeklyRule rule =
        new WeeklyRule(
            row.day(),
            window.get().start(),
            window.get().end(),
            AppointmentMode.of(row.inPerson(), row.telehealth()));
    Optional<WeeklyRule> overlapped =
        earlier.stream()
            .filter(other -> other.day() == rule.day())
            .filter(other -> overlap(other.window(), rule.window()))
            .filter(other -> other.modes().stream().anyMatch(rule.modes()::contains))
            .findFirst();
    if (overlapped.isPresent()) {
      errors.add(
          new FieldError(
              field + "start",
              "These hours overlap "
                  + dayName(rule.day())
                  + " "
                  + spoken(overlapped.get().start())
                  + " to "
                  + spoken(overlapped.get().end())
                  + ". Change the times, or remove one of the rows."));
      return Optional.empty();
    }
    return Optional.of(rule);
  }

  private static List<DateOverride> overrides(
      List<OverrideRow> rows, LocalDate today, boolean hasWeeklyHours, List<FieldError> errors) {
    Map<LocalDate, List<TimeWindow>> windowsByDate = new LinkedHashMap<>();
    Map<LocalDate, Boolean> closedByDate = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      OverrideRow row = rows.get(i);
      String field = "overrides[" + i + "].";
      Optional<LocalDate> date = date(row.date(), field + "date", today, errors);
      Optional<TimeWindow> window = Optional.empty();
      if (!row.closed()) {
        window = window(row.start(), row.end(), field, errors);
        if (window.isPresent() && !hasWeeklyHours) {
          errors.add(
              new FieldError(
                  field + "start",
                  "Add weekly hours first: hours on a date are offered in the ways (in person,"
                      + " telehealth) the weekly hours offer."));
          window = Optional.empty();
        }
      }
      if (date.isEmpty() || (!row.closed() && window.isEmpty())) {
        continue;
      }
      LocalDate day = date.get();
      if (windowsByDate.containsKey(day)
          && (row.closed() || closedByDate.getOrDefault(day, false))) {
        errors.add(
            new FieldError(
                field + "date",
                "Another row already changes this date. A date is either closed all day or has"
                    + " hours."));
        continue;
      }
      List<TimeWindow> windows = windowsByDate.computeIfAbsent(day, d -> new ArrayList<>());
      closedByDate.put(day, row.closed());
      if (window.isPresent()) {
        TimeWindow hours = window.get();
        if (windows.stream().anyMatch(other -> overlap(other, hours))) {
          errors.add(
              new FieldError(
                  field + "start", "These hours overlap another row for the same date."));
          continue;
        }
        windows.add(hours);
      }
    }
    return windowsByDate.entrySet().stream()
        .map(
            day ->
                new DateOverride(
                    day.getKey(),
                    day.getValue().stream()
                        .sorted(Comparator.comparing(TimeWindow::start))
                        .toList()))
        .toList();
  }

  /** A row's hours: both times given, the end after the start on the same day. */
  private static Optional<TimeWindow> window(
      String rawStart, String rawEnd, String field, List<FieldError> errors) {
    Optional<LocalTime> start = time(rawStart, field + "start", "start", errors);
    Optional<LocalTime> end = time(rawEnd, field + "end", "end", errors);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      errors.add(
          new FieldError(
              field + "end",
              "The end must be after the start ("
                  + spoken(start.get())
                  + "). Hours cannot run past midnight."));
      return Optional.empty();
    }
    return Optional.of(new TimeWindow(start.get(), end.get()));
  }

  private static Optional<LocalTime> time(
      String raw, String field, String which, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError(field, "Enter the " + which + " time, like 09:00."));
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(raw.trim(), TIME_INPUT));
    } catch (DateTimeParseException notATime) {
      errors.add(
          new FieldError(
              field, "Enter the " + which + " time as hours and minutes, like 09:00 or 14:30."));
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(
      String raw, String field, LocalDate today, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError(field, "Enter the date, like " + today.plusDays(7) + "."));
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw.trim());
    } catch (DateTimeParseException notADate) {
      errors.add(
          new FieldError(
              field, "Enter the date as year-month-day, like " + today.plusDays(7) + "."));
      return Optional.empty();
    }
    if (date.isBefore(today)) {
      errors.add(new FieldError(field, "This date has passed. Choose today or a later date."));
      return Optional.empty();
    }
    if (date.isAfter(today.plusYears(OVERRIDE_YEARS))) {
      errors.add(new FieldError(field, "Choose a date within the next year."));
      return Optional.empty();
    }
    return Optional.of(date);
  }

  private static boolean overlap(TimeWindow one, TimeWindow other) {
    return one.start().isBefore(other.end()) && other.start().isBefore(one.end());
  }

  private static String spoken(LocalTime time) {
    return SPOKEN_TIME.format(time);
  }

  private static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.US);
  }
}
