package care.lantern.staff.boundary;

import care.lantern.staff.entity.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Clinic staff accounts as Jakarta Security sees them: admins are in both groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject private StaffSignIn signIn;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return signIn
        .verify(credential.getCaller(), credential.getPassword().getValue())
        .map(
            staff ->
                new CredentialValidationResult(
                    staff.email(),
                    staff.role() == StaffRole.ADMIN
                        ? Set.of(StaffRole.STAFF.group(), StaffRole.ADMIN.group())
                        : Set.of(StaffRole.STAFF.group())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
