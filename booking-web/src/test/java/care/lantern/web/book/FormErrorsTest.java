package care.lantern.web.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import care.lantern.platform.entity.FieldError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

  private final FormErrors errors =
      new FormErrors("patient.", Set.of("email", "zip", "consent"), "appointment");

  @Test
  void putsNestedFieldErrorsNextToTheirInputs() {
    errors.addAll(
        List.of(
            new FieldError("patient.email", "Enter an email address like name@example.com."),
            new FieldError("consent", "Please agree.")));

    assertThat(errors.getByInput())
        .containsEntry("email", "Enter an email address like name@example.com.")
        .containsEntry("consent", "Please agree.");
    assertThat(errors.getProblems())
        .extracting(FormErrors.Problem::anchor)
        .containsExactly("email", "consent");
  }

  @Test
  void showsOnlyTheFirstProblemOfAnInput() {
    errors.addAll(
        List.of(
            new FieldError("patient.zip", "Enter your ZIP code."),
            new FieldError("patient.zip", "Enter a 5-digit ZIP code.")));

    assertThat(errors.getByInput()).containsEntry("zip", "Enter your ZIP code.");
    assertThat(errors.getProblems()).hasSize(1);
  }

  @Test
  void pointsProblemsWithoutAnInputAtTheFallback() {
    errors.addAll(
        List.of(
            new FieldError("slotId", "This time does not exist. Choose another."),
            new FieldError("mode", "This time is not offered in that mode.")));

    assertThat(errors.getProblems())
        .extracting(FormErrors.Problem::anchor, FormErrors.Problem::message)
        .containsExactly(
            tuple("appointment", "This time does not exist. Choose another."),
            tuple("appointment", "This time is not offered in that mode."));
  }

  @Test
  void startsAgainWhenCleared() {
    errors.addAll(List.of(new FieldError("patient.email", "Enter your email address.")));

    errors.clear();

    assertThat(errors.isEmpty()).isTrue();
    assertThat(errors.getByInput()).isEmpty();
  }
}
