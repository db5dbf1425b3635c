package care.lantern.testing;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.PatientDetails;
import care.lantern.scheduling.entity.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The booked appointment the persistence tests need: Alex Rivera, in person, paying by Aetna. */
public final class TestBookings {

  private TestBookings() {}

  /** An appointment booked on {@code slot} at {@code now}, not yet persisted. */
  public static Appointment booked(Slot slot, String reference, Instant now) {
    return new Appointment(slot, booking(), reference, "token-" + reference, now);
  }

  /** What Alex Rivera asks for when booking from a search. */
  public static Appointment.Booking booking() {
    List<FieldError> errors = new ArrayList<>();
    PatientDetails patient =
        PatientDetails.validated(
            new PatientDetails.Input(
                "Alex", "Rivera", "alex@example.com", "(555) 010-0199", "1980-04-27", "10001"),
            LocalDate.of(2026, 11, 23),
            "patient.",
            errors);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("The test patient is invalid: " + errors);
    }
    return new Appointment.Booking(
        AppointmentMode.IN_PERSON,
        patient,
        "AETNA",
        "Reason",
        BookingSource.SEARCH,
        Optional.empty(),
        false);
  }
}
