package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;

/**
 * A calendar: one provider's time at one clinic — their weekly hours there, the slots published
 * from them and the appointments booked in them. A provider who practises at two clinics has two
 * calendars, which share the one person's time.
 */
public record CalendarId(long providerId, long clinicId) {

  public static CalendarId of(Provider provider, Clinic clinic) {
    return new CalendarId(provider.getId(), clinic.getId());
  }
}
