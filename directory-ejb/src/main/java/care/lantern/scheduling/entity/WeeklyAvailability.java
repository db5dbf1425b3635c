package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A provider's recurring hours at one clinic, in the clinic's own time zone. */
@Entity
@Table(name = "weekly_availability")
@NamedQuery(
    name = "WeeklyAvailability.of",
    query =
        "SELECT w FROM WeeklyAvailability w WHERE w.provider.id = :provider"
            + " AND w.clinic.id = :clinic ORDER BY w.dayOfWeek, w.startTime")
@NamedQuery(
    name = "WeeklyAvailability.deleteOf",
    query =
        "DELETE FROM WeeklyAvailability w WHERE w.provider.id = :provider"
            + " AND w.clinic.id = :clinic")
@NamedQuery(
    name = "WeeklyAvailability.calendars",
    query =
        "SELECT DISTINCT NEW care.lantern.scheduling.entity.CalendarId(w.provider.id,"
            + " w.clinic.id) FROM WeeklyAvailability w")
public class WeeklyAvailability extends OnCalendar {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
  @SequenceGenerator(
      name = "availability_seq",
      sequenceName = "availability_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false)
  private DayOfWeek dayOfWeek;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "end_time", nullable = false)
  private LocalTime endTime;

  @Embedded private OfferedModes offered;

  protected WeeklyAvailability() {}

  public WeeklyAvailability(Provider provider, Clinic clinic, WeeklyRule rule) {
    super(provider, clinic);
    this.dayOfWeek = rule.day();
    this.startTime = rule.start();
    this.endTime = rule.end();
    this.offered = OfferedModes.of(rule.modes());
  }

  public WeeklyRule toRule() {
    return new WeeklyRule(dayOfWeek, startTime, endTime, offered.modes());
  }
}
