package care.lantern.web.book;

import care.lantern.platform.entity.Choice;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.PatientDetails;
import java.io.Serializable;

/**
 * What the patient types into the details form, kept as typed (the boundary validates and names
 * every mistake), so that nothing is lost when a time has to be chosen again.
 */
public class BookingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String firstName;
  private String lastName;
  private String email;
  private String phone;
  private String dateOfBirth;
  private String zip;
  private String payer;
  private String reason;
  private boolean consent;
  private boolean shareScreening;

  /**
   * The request for {@code slot} in {@code mode}. A screening that came along makes the source
   * SCREENING; its answers reach the clinic only when the patient ticked the box to share them.
   */
  public BookingRequest toRequest(
      long slot, AppointmentMode mode, String screening, String holdToken) {
    boolean fromScreening = screening != null && !screening.isBlank();
    return new BookingRequest(
        slot,
        Choice.of(mode),
        new PatientDetails.Input(firstName, lastName, email, phone, dateOfBirth, zip),
        payer,
        reason,
        Choice.of(fromScreening ? BookingSource.SCREENING : BookingSource.SEARCH),
        fromScreening && shareScreening ? screening : null,
        consent,
        holdToken);
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isShareScreening() {
    return shareScreening;
  }

  public void setShareScreening(boolean shareScreening) {
    this.shareScreening = shareScreening;
  }
}
