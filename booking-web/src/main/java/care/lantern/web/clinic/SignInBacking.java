package care.lantern.web.clinic;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import care.lantern.staff.boundary.PortalSecurity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's sign-in form. A wrong email and a wrong password get the same message, so the form
 * does not tell anyone which staff accounts exist.
 */
@Named
@RequestScoped
public class SignInBacking {

  @Inject private SecurityContext security;

  @Inject private ExternalContext external;

  @Inject
  @ConfigProperty(name = "lantern.demo", defaultValue = "false")
  private boolean demo;

  private String email;
  private String password;
  private boolean failed;
  private boolean signedOut;

  public void signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email,
                        new Password(password == null ? "" : password))));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId(); // a session id seen before signing in is worth nothing after
      external.redirect(PortalSecurity.destinationAfterSignIn(request));
    } else {
      failed = true;
      password = null;
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isFailed() {
    return failed;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }

  /** The demo login is shown on the page only where it works. */
  public boolean isDemo() {
    return demo;
  }
}
