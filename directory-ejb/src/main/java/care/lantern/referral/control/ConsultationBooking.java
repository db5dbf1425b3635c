package care.lantern.referral.control;

import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.Confirmation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Books one consultation in a transaction of its own. A slot someone else just took rolls back only
 * this attempt, so the referral can go on to try the next slot; a booking that succeeds commits
 * with the usual guarantees of {@link AppointmentBook} (one conditional UPDATE takes the slot), and
 * the patient's confirmation email with the manage link goes out after that commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConsultationBooking {

  @Inject private AppointmentBook book;

  public Confirmation book(BookingRequest request) {
    return book.book(request);
  }
}
