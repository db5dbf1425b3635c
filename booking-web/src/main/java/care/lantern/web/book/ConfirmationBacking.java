package care.lantern.web.book;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * "You're booked" ({@code /book/confirmation.xhtml?ref&token}): the reference, the time on the
 * clinic's clock, the calendar file and the manage link. A wrong token is a page that does not
 * exist.
 */
@Named
@RequestScoped
public class ConfirmationBacking extends AppointmentLinkPage {

  private static final long serialVersionUID = 1L;
}
