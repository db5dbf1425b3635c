package care.lantern.scheduling.entity;

import care.lantern.platform.entity.InvalidInputException;

/**
 * A move to a time of another provider, another clinic or another kind of appointment: a reschedule
 * changes only the time, anything else is a new booking.
 */
public class RescheduleElsewhereException extends InvalidInputException {

  public RescheduleElsewhereException(
      AppointmentType type, String providerName, String clinicName) {
    super(
        "slotId",
        "This appointment can only move to another free "
            + type.noun()
            + " time with "
            + providerName
            + " at "
            + clinicName
            + ". To see someone else, go to another clinic or book something else, cancel it and"
            + " book again.");
  }
}
