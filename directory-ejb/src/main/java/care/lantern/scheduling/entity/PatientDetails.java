package care.lantern.scheduling.entity;

import care.lantern.platform.entity.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The minimum a clinic needs to see a new patient. Validated as a whole so a person learns every
 * mistake at once; the messages are written for them.
 */
@Embeddable
public class PatientDetails {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern ZIP = Pattern.compile("\\d{5}");

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String phone;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(name = "patient_zip", nullable = false)
  private String zip;

  protected PatientDetails() {}

  private PatientDetails(
      String firstName,
      String lastName,
      String email,
      String phone,
      LocalDate dateOfBirth,
      String zip) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phone = phone;
    this.dateOfBirth = dateOfBirth;
    this.zip = zip;
  }

  /** Raw values as a form or JSON body gives them. */
  public record Input(
      String firstName,
      String lastName,
      String email,
      String phone,
      String dateOfBirth,
      String zip) {}

  /**
   * Checks every field; adds what is wrong to {@code errors} (fields named {@code
   * <prefix>firstName}…) and returns the details only when all is well.
   */
  public static PatientDetails validated(
      Input in, LocalDate today, String prefix, List<FieldError> errors) {
    int before = errors.size();
    if (in == null) {
      errors.add(
          new FieldError(prefix.replaceAll("\\.$", ""), "Tell us who the appointment is for."));
      return null;
    }
    String first = required(in.firstName(), prefix + "firstName", "your first name", 80, errors);
    String last = required(in.lastName(), prefix + "lastName", "your last name", 80, errors);
    String email = required(in.email(), prefix + "email", "your email address", 254, errors);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(new FieldError(prefix + "email", "Enter an email address like name@example.com."));
    }
    String phone = required(in.phone(), prefix + "phone", "a phone number", 32, errors);
    if (phone != null && phone.replaceAll("\\D", "").length() < 10) {
      errors.add(
          new FieldError(
              prefix + "phone", "Enter a phone number with area code, like (555) 010-0199."));
    }
    LocalDate born = null;
    String dob =
        required(in.dateOfBirth(), prefix + "dateOfBirth", "your date of birth", 10, errors);
    if (dob != null) {
      try {
        born = LocalDate.parse(dob);
        if (born.isAfter(today) || born.isBefore(today.minusYears(120))) {
          errors.add(new FieldError(prefix + "dateOfBirth", "Check the date of birth."));
        } else if (born.isAfter(today.minusYears(18))) {
          errors.add(
              new FieldError(
                  prefix + "dateOfBirth",
                  "Lantern books adults (18 and over). A parent or guardian should call the"
                      + " clinic."));
        }
      } catch (DateTimeParseException notADate) {
        errors.add(
            new FieldError(
                prefix + "dateOfBirth", "Enter the date as YYYY-MM-DD, like 1980-04-27."));
      }
    }
    String zip = required(in.zip(), prefix + "zip", "your ZIP code", 5, errors);
    if (zip != null && !ZIP.matcher(zip).matches()) {
      errors.add(new FieldError(prefix + "zip", "Enter a 5-digit ZIP code."));
    }
    return errors.size() == before
        ? new PatientDetails(first, last, email.toLowerCase(), phone, born, zip)
        : null;
  }

  /** The same details for another record: an embeddable belongs to one entity only. */
  public PatientDetails copy() {
    return new PatientDetails(firstName, lastName, email, phone, dateOfBirth, zip);
  }

  private static String required(
      String value, String field, String what, int maxLength, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "Enter " + what + "."));
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.length() > maxLength) {
      errors.add(new FieldError(field, "Use at most " + maxLength + " characters."));
      return null;
    }
    return trimmed;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getZip() {
    return zip;
  }
}
