package care.lantern.api.referral;

import care.lantern.api.problem.Problem;
import care.lantern.referral.boundary.ReferralDesk;
import care.lantern.referral.entity.PracticeRef;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Lets a request through only with a practice's valid API key as {@code Authorization: Bearer
 * <key>}; otherwise answers 401 with {@code WWW-Authenticate}. The key itself is never logged.
 */
@Provider
@PracticeAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class PracticeAuthentication implements ContainerRequestFilter {

  static final String CHALLENGE = "Bearer realm=\"lantern\"";
  private static final String BEARER = "Bearer ";

  @Inject private ReferralDesk desk;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<PracticeRef> practice =
        bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)).flatMap(desk::authenticate);
    if (practice.isEmpty()) {
      request.abortWith(
          Problem.of(
                  Response.Status.UNAUTHORIZED,
                  "unauthorized",
                  "Send a valid API key as 'Authorization: Bearer <key>'.")
              .toResponse()
              .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
              .build());
      return;
    }
    request.setSecurityContext(
        new PracticePrincipal.Context(
            new PracticePrincipal(practice.get()),
            request.getSecurityContext() != null && request.getSecurityContext().isSecure()));
  }

  static Optional<String> bearer(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()).trim());
  }
}
