package care.lantern.api.referral;

import care.lantern.referral.entity.PracticeRef;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The practice whose API key authenticated the request. */
public record PracticePrincipal(PracticeRef practice) implements Principal {

  @Override
  public String getName() {
    return "practice-" + practice.id();
  }

  /** The calling practice, as {@link PracticeAuthentication} recorded it. */
  public static PracticeRef of(SecurityContext security) {
    return ((PracticePrincipal) security.getUserPrincipal()).practice();
  }

  /** The security context of an authenticated practice. */
  record Context(PracticePrincipal principal, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return "practice".equals(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
