package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One row of a date override: a day closed (no times) or one window of different hours. The windows
 * of one date together replace that day's weekly hours.
 */
@Entity
@Table(name = "date_override")
@NamedQuery(
    name = "AvailabilityOverride.deleteFrom",
    query =
        "DELETE FROM AvailabilityOverride o WHERE o.provider.id = :provider"
            + " AND o.clinic.id = :clinic AND o.date >= :from")
@NamedQuery(
    name = "AvailabilityOverride.of",
    query =
        "SELECT o FROM AvailabilityOverride o WHERE o.provider.id = :provider"
            + " AND o.clinic.id = :clinic AND o.date >= :from AND o.date <= :to")
@NamedQuery(
    name = "AvailabilityOverride.ofClinicBetween",
    query =
        "SELECT o FROM AvailabilityOverride o WHERE o.clinic.id = :clinic"
            + " AND o.provider.id IN :providers AND o.date >= :from AND o.date <= :to"
            + " ORDER BY o.date, o.startTime")
public class AvailabilityOverride extends OnCalendar {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
  @SequenceGenerator(
      name = "availability_seq",
      sequenceName = "availability_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "override_date", nullable = false)
  private LocalDate date;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  protected AvailabilityOverride() {}

  private AvailabilityOverride(
      Provider provider, Clinic clinic, LocalDate date, TimeWindow window) {
    super(provider, clinic);
    this.date = Objects.requireNonNull(date);
    this.startTime = window == null ? null : window.start();
    this.endTime = window == null ? null : window.end();
  }

  public static AvailabilityOverride closed(Provider provider, Clinic clinic, LocalDate date) {
    return new AvailabilityOverride(provider, clinic, date, null);
  }

  public static AvailabilityOverride hours(
      Provider provider, Clinic clinic, LocalDate date, TimeWindow window) {
    return new AvailabilityOverride(provider, clinic, date, Objects.requireNonNull(window));
  }

  public LocalDate getDate() {
    return date;
  }

  /** The different hours of the date, or empty when the calendar is closed that day. */
  public Optional<TimeWindow> window() {
    return startTime == null ? Optional.empty() : Optional.of(new TimeWindow(startTime, endTime));
  }

  /** Groups rows into one {@link DateOverride} per date, as the slot calculator takes them. */
  public static List<DateOverride> byDate(Collection<AvailabilityOverride> rows) {
    Map<LocalDate, List<AvailabilityOverride>> grouped =
        rows.stream()
            .collect(Collectors.groupingBy(o -> o.date, TreeMap::new, Collectors.toList()));
    return grouped.entrySet().stream()
        .map(
            day ->
                new DateOverride(
                    day.getKey(),
                    day.getValue().stream()
                        .filter(o -> o.startTime != null)
                        .map(o -> new TimeWindow(o.startTime, o.endTime))
                        .toList()))
        .toList();
  }
}
