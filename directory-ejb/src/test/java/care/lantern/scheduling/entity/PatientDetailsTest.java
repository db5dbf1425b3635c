package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientDetailsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static final String ADULTS_ONLY =
      "Lantern books adults (18 and over). A parent or guardian should call the clinic.";

  private final List<FieldError> errors = new ArrayList<>();

  @Test
  void acceptsSomeoneWhoseEighteenthBirthdayIsToday() {
    PatientDetails patient = validated("2008-11-23");

    assertThat(errors).isEmpty();
    assertThat(patient.getDateOfBirth()).isEqualTo(LocalDate.of(2008, 11, 23));
  }

  @Test
  void refusesSomeoneWhoTurnsEighteenTomorrowAndSaysWhoToCall() {
    PatientDetails patient = validated("2008-11-24");

    assertThat(patient).isNull();
    assertThat(errors).containsExactly(new FieldError("patient.dateOfBirth", ADULTS_ONLY));
  }

  @Test
  void readsALeapDayBirthdayAsComingOfAgeOnTheFirstOfMarch() {
    LocalDate firstOfMarch = LocalDate.of(2026, 3, 1);

    PatientDetails dayBefore =
        PatientDetails.validated(input("2008-02-29"), firstOfMarch.minusDays(1), "", errors);
    PatientDetails onTheDay =
        PatientDetails.validated(input("2008-02-29"), firstOfMarch, "", errors);

    assertThat(dayBefore).isNull();
    assertThat(onTheDay).isNotNull();
    assertThat(errors).containsExactly(new FieldError("dateOfBirth", ADULTS_ONLY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-24", "1906-11-22"})
  void refusesABirthDateInTheFutureOrMoreThan120YearsAgo(String dateOfBirth) {
    PatientDetails patient = validated(dateOfBirth);

    assertThat(patient).isNull();
    assertThat(errors)
        .containsExactly(new FieldError("patient.dateOfBirth", "Check the date of birth."));
  }

  @Test
  void acceptsSomeoneExactly120YearsOld() {
    assertThat(validated("1906-11-23")).isNotNull();
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"27/04/1980", "1980-4-27", "1980-02-30"})
  void asksForTheIsoDateWhenTheDateCannotBeRead(String dateOfBirth) {
    PatientDetails patient = validated(dateOfBirth);

    assertThat(patient).isNull();
    assertThat(errors)
        .containsExactly(
            new FieldError(
                "patient.dateOfBirth", "Enter the date as YYYY-MM-DD, like 1980-04-27."));
  }

  @Test
  void asksForAMissingDateOfBirth() {
    assertThat(validated(" ")).isNull();
    assertThat(errors)
        .containsExactly(new FieldError("patient.dateOfBirth", "Enter your date of birth."));
  }

  private PatientDetails validated(String dateOfBirth) {
    return PatientDetails.validated(input(dateOfBirth), TODAY, "patient.", errors);
  }

  private static PatientDetails.Input input(String dateOfBirth) {
    return new PatientDetails.Input(
        "Alex", "Rivera", "alex@example.com", "(555) 010-0199", dateOfBirth, "10001");
  }
}
