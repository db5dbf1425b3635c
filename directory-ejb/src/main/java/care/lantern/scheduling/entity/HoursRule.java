package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * A rule giving a calendar's hours: a weekly row ({@link WeeklyAvailability}) or a date override
 * ({@link AvailabilityOverride}). Both tables take their ids from the one {@code availability_seq},
 * whose increment the allocation size must match.
 */
@MappedSuperclass
public abstract class HoursRule extends OnCalendar {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_seq")
  @SequenceGenerator(
      name = "availability_seq",
      sequenceName = "availability_seq",
      allocationSize = 50)
  private Long id;

  /** For JPA. */
  protected HoursRule() {}

  protected HoursRule(Provider provider, Clinic clinic) {
    super(provider, clinic);
  }
}
