package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.entity.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An appointment's own rules: when a change is late, and which changes it refuses. */
class AppointmentTest {

  private static final Instant START = Instant.parse("2026-11-24T15:00:00Z");
  private static final Duration WINDOW = Duration.ofHours(24);

  private final Clinic clinic = clinic("Chelsea Mind Clinic");
  private final Provider provider = provider("Dana Whitfield");

  @Test
  void cancellingInsideTheWindowIsLate() {
    Appointment appointment = bookedAt(START);

    appointment.cancel(START.minus(WINDOW).plusSeconds(1));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(appointment.isLateCancellation()).isTrue();
  }

  @Test
  void cancellingBeforeTheWindowIsNotLate() {
    Appointment appointment = bookedAt(START);

    appointment.cancel(START.minus(WINDOW));

    assertThat(appointment.isLateCancellation()).isFalse();
  }

  @Test
  void theWindowIsTheClinics() {
    clinic.changeBookingRules(48, Duration.ZERO, Duration.ZERO, Duration.ofHours(2));
    Appointment appointment = bookedAt(START);

    appointment.cancel(START.minus(Duration.ofHours(30)));

    assertThat(appointment.isLateCancellation()).isTrue();
  }

  @Test
  void movingInsideTheWindowIsALateCancellation() {
    Appointment appointment = bookedAt(START);
    Slot later = slot(provider, clinic, AppointmentType.CONSULTATION, START.plus(WINDOW));

    Slot givenUp = appointment.moveTo(later, AppointmentMode.IN_PERSON, START.minusSeconds(3600));

    assertThat(appointment.isLateCancellation()).isTrue();
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.start()).isEqualTo(later.start());
    assertThat(givenUp.start()).isEqualTo(START);
  }

  @Test
  void movingBeforeTheWindowIsNotLateEvenToATimeInsideIt() {
    Instant now = START.minus(WINDOW).minusSeconds(1);
    Appointment appointment = bookedAt(START);
    Slot sooner = slot(provider, clinic, AppointmentType.CONSULTATION, now.plusSeconds(7200));

    appointment.moveTo(sooner, AppointmentMode.IN_PERSON, now);

    assertThat(appointment.isLateCancellation()).isFalse();
    assertThat(appointment.getCalendarSequence()).isEqualTo(1);
  }

  @Test
  void aLateMoveStaysLateWhenTheNewTimeIsCancelledInGoodTime() {
    Appointment appointment = bookedAt(START);
    Slot nextWeek =
        slot(provider, clinic, AppointmentType.CONSULTATION, START.plus(WINDOW.multipliedBy(7)));
    appointment.moveTo(nextWeek, AppointmentMode.IN_PERSON, START.minusSeconds(3600));

    appointment.cancel(START);

    assertThat(appointment.isLateCancellation()).isTrue();
  }

  @Test
  void refusesToMoveToAnotherProvidersTime() {
    Appointment appointment = bookedAt(START);
    Slot elsewhere =
        slot(provider("Sam Ortiz"), clinic, AppointmentType.CONSULTATION, START.plus(WINDOW));

    assertThatThrownBy(() -> appointment.moveTo(elsewhere, AppointmentMode.IN_PERSON, START))
        .isInstanceOf(RescheduleElsewhereException.class)
        .satisfies(
            refused ->
                assertThat(((RescheduleElsewhereException) refused).errors())
                    .extracting(FieldError::field)
                    .containsExactly("slotId"))
        .hasMessageContaining(
            "another free consultation time with Dana Whitfield at Chelsea Mind Clinic");
    assertThat(appointment.start()).isEqualTo(START);
  }

  @Test
  void refusesToMoveToAnotherClinicsTime() {
    Appointment appointment = bookedAt(START);
    Clinic other = clinic("Harbor Mind Clinic");
    provider.practiseAt(other);

    assertThatThrownBy(
            () ->
                appointment.moveTo(
                    slot(provider, other, AppointmentType.CONSULTATION, START.plus(WINDOW)),
                    AppointmentMode.IN_PERSON,
                    START))
        .isInstanceOf(RescheduleElsewhereException.class);
    assertThat(appointment.getClinic()).isSameAs(clinic);
  }

  @Test
  void refusesToMoveAConsultationToATreatmentSession() {
    Appointment appointment = bookedAt(START);

    assertThatThrownBy(
            () ->
                appointment.requireMovableTo(
                    slot(provider, clinic, AppointmentType.TMS_SESSION, START.plus(WINDOW))))
        .isInstanceOf(RescheduleElsewhereException.class);
  }

  @Test
  void refusesToCancelOrMoveACancelledAppointment() {
    Appointment appointment = bookedAt(START);
    appointment.cancel(START.minus(WINDOW.multipliedBy(2)));
    Slot later = slot(provider, clinic, AppointmentType.CONSULTATION, START.plus(WINDOW));

    assertThatThrownBy(() -> appointment.cancel(START))
        .isInstanceOf(AppointmentNotChangeableException.class)
        .hasMessage("This appointment is cancelled and can no longer be changed.");
    assertThatThrownBy(() -> appointment.moveTo(later, AppointmentMode.IN_PERSON, START))
        .isInstanceOf(AppointmentNotChangeableException.class);
    assertThat(appointment.isLateCancellation()).isFalse();
  }

  @Test
  void refusesToCancelOrMoveAnAttendedAppointment() {
    Appointment appointment = bookedAt(START);
    appointment.attend(START.plusSeconds(60));
    Slot later = slot(provider, clinic, AppointmentType.CONSULTATION, START.plus(WINDOW));

    assertThatThrownBy(() -> appointment.cancel(START.plusSeconds(120)))
        .isInstanceOf(AppointmentNotChangeableException.class)
        .hasMessage("This appointment is completed and can no longer be changed.");
    assertThatThrownBy(
            () -> appointment.moveTo(later, AppointmentMode.IN_PERSON, START.plusSeconds(120)))
        .isInstanceOf(AppointmentNotChangeableException.class);
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
  }

  @Test
  void refusesToRecordAttendanceBeforeTheStart() {
    Appointment appointment = bookedAt(START);

    assertThatThrownBy(() -> appointment.attend(START.minusSeconds(1)))
        .isInstanceOf(AppointmentNotStartedException.class);
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
  }

  private Appointment bookedAt(Instant start) {
    List<FieldError> errors = new ArrayList<>();
    PatientDetails patient =
        PatientDetails.validated(
            new PatientDetails.Input(
                "Alex", "Rivera", "alex@example.com", "(555) 010-0199", "1980-04-27", "10001"),
            LocalDate.of(2026, 11, 1),
            "patient.",
            errors);
    assertThat(errors).isEmpty();
    return new Appointment(
        slot(provider, clinic, AppointmentType.CONSULTATION, start),
        new Appointment.Booking(
            AppointmentMode.IN_PERSON,
            patient,
            "AETNA",
            "Low mood",
            BookingSource.SEARCH,
            Optional.empty(),
            false),
        "LN-TEST22",
        "token",
        start.minus(Duration.ofDays(7)));
  }

  private static Slot slot(Provider provider, Clinic clinic, AppointmentType type, Instant start) {
    return new Slot(
        provider,
        clinic,
        type,
        start,
        start.plus(type.duration()),
        EnumSet.of(AppointmentMode.IN_PERSON));
  }

  private Provider provider(String name) {
    Provider provider =
        new Provider(name, "MD", "Bio", 5, "Board certified", "Listen", true, List.of("en"));
    provider.practiseAt(clinic);
    return provider;
  }

  private static Clinic clinic(String name) {
    ZipCode zip =
        new ZipCode() {
          @Override
          public String getZip() {
            return "10001";
          }

          @Override
          public String getCity() {
            return "New York";
          }

          @Override
          public String getState() {
            return "NY";
          }

          @Override
          public ZoneId getTimeZone() {
            return ZoneId.of("America/New_York");
          }
        };
    return new Clinic(
        name, "1 Main St", zip, new GeoPoint(40.75, -73.99), "(555) 0100", true, List.of("en"));
  }
}
