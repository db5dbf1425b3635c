package care.lantern.web.book;

import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.SlotUnavailableException;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * One provider's free consultation times at one clinic, a fortnight at a time, as a patient chooses
 * among them (booking, or moving a booking). When the chosen time was taken meanwhile, the times
 * offered instead, and the fortnight read afresh.
 */
public class FreeTimes implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long providerId;
  private final long clinicId;
  private final Fortnight fortnight;
  private Timetable timetable;
  private Timetable alternatives = Timetable.empty();
  private boolean taken;

  private FreeTimes(AppointmentBook book, long providerId, long clinicId, Fortnight fortnight) {
    this.providerId = providerId;
    this.clinicId = clinicId;
    this.fortnight = fortnight;
    this.timetable = read(book);
  }

  public static FreeTimes of(
      AppointmentBook book, long providerId, long clinicId, Fortnight fortnight) {
    return new FreeTimes(book, providerId, clinicId, fortnight);
  }

  /** The chosen time went to someone else: offer the boundary's alternatives. */
  public void taken(AppointmentBook book, SlotUnavailableException gone) {
    taken = true;
    alternatives = Timetable.of(gone.alternatives(), Faces.getLocale());
    timetable = read(book);
  }

  private Timetable read(AppointmentBook book) {
    return Timetable.of(
        book
            .freeSlots(
                providerId,
                Optional.of(fortnight.first()),
                Optional.of(fortnight.last()),
                Optional.empty(),
                Optional.empty())
            .stream()
            .filter(slot -> slot.clinicId() == clinicId)
            .toList(),
        Faces.getLocale());
  }

  public Fortnight getFortnight() {
    return fortnight;
  }

  public Timetable getTimetable() {
    return timetable;
  }

  public Timetable getAlternatives() {
    return alternatives;
  }

  /** The patient's choice failed: someone else has the time they chose. */
  public boolean isTaken() {
    return taken;
  }
}
