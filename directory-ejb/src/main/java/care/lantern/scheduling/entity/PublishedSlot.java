package care.lantern.scheduling.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** A consultation slot as publishing sees it: where it stands, not whom it belongs to. */
public record PublishedSlot(
    long id,
    Instant start,
    SlotStatus status,
    Optional<Instant> heldUntil,
    Set<AppointmentMode> modes,
    boolean outsideHours) {

  /** As the {@code Slot.publishedFrom} query reads it. */
  public PublishedSlot(
      Long id,
      OffsetDateTime start,
      SlotStatus status,
      OffsetDateTime heldUntil,
      Boolean inPerson,
      Boolean telehealth,
      Boolean outsideHours) {
    this(
        id,
        start.toInstant(),
        status,
        Optional.ofNullable(heldUntil).map(OffsetDateTime::toInstant),
        AppointmentMode.of(inPerson, telehealth),
        outsideHours);
  }

  /** Free, though a patient may be holding it on the booking form. */
  public boolean isOpen() {
    return status == SlotStatus.OPEN;
  }

  public boolean isHeldAt(Instant now) {
    return isOpen() && heldUntil.filter(now::isBefore).isPresent();
  }
}
