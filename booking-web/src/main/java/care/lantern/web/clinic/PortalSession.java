package care.lantern.web.clinic;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.portal.boundary.PortalDesk;
import care.lantern.staff.boundary.PortalSecurity;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/** The signed-in member of staff for the portal's pages, their clinics, and signing out. */
@Named
@RequestScoped
public class PortalSession {

  @Inject private PortalDesk desk;

  @Inject private ExternalContext external;

  private StaffIdentity me;
  private List<ClinicSummary> clinics;

  public StaffIdentity getMe() {
    if (me == null) {
      me = desk.me();
    }
    return me;
  }

  public boolean isAdmin() {
    return getMe().isAdmin();
  }

  public List<ClinicSummary> getClinics() {
    if (clinics == null) {
      clinics = desk.myClinics();
    }
    return clinics;
  }

  /** Ends the session at once, so the back button shows nothing of the portal. */
  public void signOut() throws ServletException, IOException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + PortalSecurity.SIGN_IN_PAGE + "?out=1");
  }
}
