package care.lantern.staff.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * Clinic staff sign in with the portal's own form ({@code /clinic/sign-in.xhtml}); an anonymous
 * visitor to any other portal page is sent there and brought back after signing in, and the session
 * keeps them signed in until they sign out or it times out (web.xml). Patients' pages need no
 * sign-in.
 *
 * <p>Jakarta Security's built-in custom-form mechanism answers a wrong password with a 401 error
 * page, which would replace the form, and its login-to-continue left the session answering empty
 * pages after a failed attempt; this one reports the failure to the sign-in page, so the form can
 * say what went wrong and keep the email, and remembers the page to return to itself.
 *
 * <p>A sign-in is kept in the session as the caller's name and groups, plain strings any node and
 * class loader reads, and every request of that session is signed in again from them. That is what
 * {@code @AutoApplySession} would do, except that it restores the caller from the container's own
 * record, which a node taking over the session (a clustered portal, its web module distributable)
 * receives without the caller's groups: the portal then answered 403 on the other node.
 *
 * <p>It lives beside the EJBs rather than in the portal's WAR because in an EAR Payara installs an
 * application's mechanism for every web module: the API's module must be able to see the bean too
 * (there, with nothing protected, it does nothing).
 */
@DeclareRoles({PortalSecurity.STAFF, PortalSecurity.ADMIN})
@ApplicationScoped
public class PortalSecurity implements HttpAuthenticationMechanism {

  public static final String SIGN_IN_PAGE = "/clinic/sign-in.xhtml";
  public static final String STAFF = "clinic-staff";
  public static final String ADMIN = "clinic-admin";

  /** The portal page an anonymous visitor asked for, to return to after signing in. */
  static final String DESTINATION = "lantern.portal.destination";

  /** The signed-in caller's name, a {@code String}. */
  static final String CALLER = "lantern.portal.caller";

  /** The signed-in caller's groups, a {@code String} of names separated by commas. */
  static final String GROUPS = "lantern.portal.groups";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession session = request.getSession();
      session.setAttribute(CALLER, result.getCallerPrincipal().getName());
      session.setAttribute(GROUPS, String.join(",", result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof String caller) {
      return context.notifyContainerAboutLogin(caller, groups(session));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(DESTINATION, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
  }

  private static Set<String> groups(HttpSession session) {
    return session.getAttribute(GROUPS) instanceof String groups && !groups.isEmpty()
        ? Set.of(groups.split(","))
        : Set.of();
  }

  /**
   * Where to go after signing in: the portal page the visitor asked for, or the portal's home. Only
   * a portal path of this site is ever returned, so the address cannot send anyone elsewhere.
   */
  public static String destinationAfterSignIn(HttpServletRequest request) {
    String home = request.getContextPath() + "/clinic/";
    Object asked = request.getSession().getAttribute(DESTINATION);
    request.getSession().removeAttribute(DESTINATION);
    return asked instanceof String path && path.startsWith(home) ? path : home;
  }
}
