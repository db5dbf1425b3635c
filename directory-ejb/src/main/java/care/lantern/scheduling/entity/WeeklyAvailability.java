package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
public class WeeklyAvailability {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
  @SequenceGenerator(
      name = "availability_seq",
      sequenceName = "availability_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "provider_id")
  private Provider provider;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clinic_id")
  private Clinic clinic;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false)
  private DayOfWeek dayOfWeek;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "end_time", nullable = false)
  private LocalTime endTime;

  @Column(name = "in_person", nullable = false)
  private boolean inPerson;

  @Column(nullable = false)
  private boolean telehealth;

  protected WeeklyAvailability() {}

  public WeeklyAvailability(Provider provider, Clinic clinic, WeeklyRule rule) {
    this.provider = provider;
    this.clinic = clinic;
    this.dayOfWeek = rule.day();
    this.startTime = rule.start();
    this.endTime = rule.end();
    this.inPerson = rule.modes().contains(AppointmentMode.IN_PERSON);
    this.telehealth = rule.modes().contains(AppointmentMode.TELEHEALTH);
  }

  public WeeklyRule toRule() {
    return new WeeklyRule(dayOfWeek, startTime, endTime, AppointmentMode.of(inPerson, telehealth));
  }
}
