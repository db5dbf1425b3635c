package care.lantern.web.clinic;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Clinic staff sign in with the portal's own form ({@code /clinic/sign-in.xhtml}); an anonymous
 * visitor to any other portal page is sent there and brought back after signing in, and the session
 * keeps them signed in until they sign out or it times out (web.xml). Patients' pages need no
 * sign-in.
 *
 * <p>Jakarta Security's built-in custom-form mechanism answers a wrong password with a 401 error
 * page, which would replace the form; this one reports the failure to the sign-in page instead, so
 * the form can say what went wrong and keep the email.
 */
@AutoApplySession
@LoginToContinue(loginPage = PortalSecurity.SIGN_IN_PAGE, errorPage = "", useForwardToLogin = false)
@DeclareRoles({PortalSecurity.STAFF, PortalSecurity.ADMIN})
@ApplicationScoped
public class PortalSecurity implements HttpAuthenticationMechanism {

  public static final String SIGN_IN_PAGE = "/clinic/sign-in.xhtml";
  public static final String STAFF = "clinic-staff";
  public static final String ADMIN = "clinic-admin";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(result)
        : AuthenticationStatus.SEND_FAILURE;
  }
}
