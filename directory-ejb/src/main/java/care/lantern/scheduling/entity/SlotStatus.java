package care.lantern.scheduling.entity;

/**
 * OPEN slots can be held and booked; BOOKED belongs to one appointment; WITHDRAWN was removed from
 * the calendar by a change of availability or a treatment session booked over it, and is kept only
 * for history.
 */
public enum SlotStatus {
  OPEN,
  BOOKED,
  WITHDRAWN
}
