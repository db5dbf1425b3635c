package care.lantern.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A portal sign-in kept in the session's own attributes: a node that takes over a session (its
 * container never saw the sign-in) signs the caller in again with the same name and groups. The
 * servlet and Jakarta Security types are hand-made stand-ins that record what the mechanism asks.
 */
class PortalSecurityTest {

  private static final String CALLER = "demo.clinic@lantern.test";

  private final Map<String, Object> session = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private final Set<Object> groupsSignedIn = new HashSet<>();

  @Test
  void signingInKeepsTheCallersNameAndGroupsInTheSessionAsPlainStrings() throws Exception {
    PortalSecurity security = mechanism();

    AuthenticationStatus status =
        security.validateRequest(
            request("POST", true),
            null,
            context(new UsernamePasswordCredential(CALLER, "demo-clinic-pass"), false));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(session.get(PortalSecurity.CALLER)).isEqualTo(CALLER);
    assertThat(Set.of(((String) session.get(PortalSecurity.GROUPS)).split(",")))
        .containsExactlyInAnyOrder(PortalSecurity.STAFF, PortalSecurity.ADMIN);
  }

  @Test
  void aSessionSignedInOnAnotherNodeIsSignedInAgainWithItsGroups() throws Exception {
    session.put(PortalSecurity.CALLER, CALLER);
    session.put(PortalSecurity.GROUPS, PortalSecurity.STAFF + "," + PortalSecurity.ADMIN);

    AuthenticationStatus status =
        mechanism().validateRequest(request("GET", true), null, context(null, true));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(asked).containsExactly("login " + CALLER);
    assertThat(groupsSignedIn)
        .containsExactlyInAnyOrder(PortalSecurity.STAFF, PortalSecurity.ADMIN);
  }

  @Test
  void theSessionIsSignedInAgainByThisMechanismNotByAutoApplySession() {
    // @AutoApplySession restores the caller from the container's record of the session, which a
    // node taking the session over receives without the caller's groups (403 on every page).
    assertThat(PortalSecurity.class.isAnnotationPresent(AutoApplySession.class)).isFalse();
  }

  @Test
  void aSessionWithoutASignInIsSentToTheSignInPage() throws Exception {
    AuthenticationStatus status =
        mechanism().validateRequest(request("GET", false), null, context(null, true));

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    assertThat(asked).containsExactly("redirect " + PortalSecurity.SIGN_IN_PAGE);
  }

  private static PortalSecurity mechanism() throws ReflectiveOperationException {
    IdentityStoreHandler store =
        credential ->
            new CredentialValidationResult(
                CALLER, Set.of(PortalSecurity.STAFF, PortalSecurity.ADMIN));
    PortalSecurity security = new PortalSecurity();
    Field field = PortalSecurity.class.getDeclaredField("identityStores");
    field.setAccessible(true);
    field.set(security, store);
    return security;
  }

  private HttpServletRequest request(String method, boolean hasSession) {
    HttpSession httpSession =
        stub(
            HttpSession.class,
            (name, args) ->
                switch (name) {
                  case "getAttribute" -> session.get((String) args[0]);
                  case "setAttribute" -> session.put((String) args[0], args[1]);
                  default -> null;
                });
    return stub(
        HttpServletRequest.class,
        (name, args) ->
            switch (name) {
              case "getMethod" -> method;
              case "getContextPath", "getRequestURI" -> "";
              case "getSession" ->
                  args == null || (Boolean) args[0] || hasSession ? httpSession : null;
              default -> null;
            });
  }

  private HttpMessageContext context(UsernamePasswordCredential credential, boolean protectedPage) {
    return stub(
        HttpMessageContext.class,
        (name, args) ->
            switch (name) {
              case "getAuthParameters" ->
                  AuthenticationParameters.withParams().credential(credential);
              case "isProtected" -> protectedPage;
              case "notifyContainerAboutLogin" -> {
                if (args.length == 1) {
                  CredentialValidationResult result = (CredentialValidationResult) args[0];
                  asked.add("login " + result.getCallerPrincipal().getName());
                } else {
                  asked.add("login " + args[0]);
                  groupsSignedIn.addAll((Set<?>) args[1]);
                }
                yield AuthenticationStatus.SUCCESS;
              }
              case "redirect" -> {
                asked.add("redirect " + args[0]);
                yield AuthenticationStatus.SEND_CONTINUE;
              }
              case "doNothing" -> AuthenticationStatus.NOT_DONE;
              default -> null;
            });
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T stub(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answer.answer(method.getName(), args)));
  }
}
