package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one calendar (one provider at one clinic, {@link CalendarId}): a slot, an
 * appointment, weekly hours, a date override, a feed. The home of how such a row maps its calendar
 * ({@code provider_id}, {@code clinic_id}); each entity keeps its own table, and JPQL reaches the
 * two as the entity's own paths ({@code s.provider}, {@code a.clinic.id}).
 *
 * <p>The calendar never changes once the row is made: a rescheduled appointment stays on its
 * calendar ({@link Appointment#requireMovableTo}).
 */
@MappedSuperclass
public abstract class OnCalendar {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "provider_id")
  private Provider provider;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clinic_id")
  private Clinic clinic;

  /** For JPA. */
  protected OnCalendar() {}

  protected OnCalendar(Provider provider, Clinic clinic) {
    this.provider = provider;
    this.clinic = clinic;
  }

  public Provider getProvider() {
    return provider;
  }

  public Clinic getClinic() {
    return clinic;
  }

  public CalendarId calendar() {
    return CalendarId.of(provider, clinic);
  }
}
