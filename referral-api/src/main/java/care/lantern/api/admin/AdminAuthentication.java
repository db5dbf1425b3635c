package care.lantern.api.admin;

import care.lantern.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the admin endpoints with the token of {@code lantern.admin.token} (env {@code
 * LANTERN_ADMIN_TOKEN}). Without a configured token the admin endpoints do not exist (404), so an
 * installation that never set one exposes nothing; a wrong or missing token is a 401.
 */
@Provider
@AdminAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthentication implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject
  @ConfigProperty(name = "lantern.admin.token")
  private Optional<String> token;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<String> expected = token.map(String::trim).filter(t -> !t.isEmpty());
    if (expected.isEmpty()) {
      request.abortWith(
          Problem.of(
                  Response.Status.NOT_FOUND,
                  "not-found",
                  "There is nothing at this address, or it is not yours to see.")
              .toResponse()
              .build());
      return;
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean valid =
        authorization != null
            && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
            && MessageDigest.isEqual(
                authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8));
    if (!valid) {
      request.abortWith(
          Problem.of(
                  Response.Status.UNAUTHORIZED,
                  "unauthorized",
                  "Send the admin token as 'Authorization: Bearer <token>'.")
              .toResponse()
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lantern-admin\"")
              .build());
    }
  }
}
