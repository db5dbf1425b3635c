package care.lantern.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void aDemoAccountSignsInOnlyInDemoMode() {
    StaffMember demo = member(true);

    assertThat(demo.maySignIn(true)).isTrue();
    assertThat(demo.maySignIn(false)).isFalse();
  }

  @Test
  void aRealAccountSignsInWhateverTheMode() {
    StaffMember real = member(false);

    assertThat(real.maySignIn(true)).isTrue();
    assertThat(real.maySignIn(false)).isTrue();
  }

  @Test
  void comparesEmailsAsPeopleTypeThem() {
    assertThat(StaffMember.normalizedEmail("  Ana.Front@Clinic.Example "))
        .isEqualTo("ana.front@clinic.example");
    assertThat(member(false).getEmail()).isEqualTo("ana.front@clinic.example");
  }

  @Test
  void anIdentityBelongsOnlyToItsOwnClinics() {
    StaffIdentity identity =
        new StaffIdentity(1, "a@b.example", "Ana", StaffRole.STAFF, Set.of(50L, 100L));

    assertThat(identity.belongsTo(50)).isTrue();
    assertThat(identity.belongsTo(150)).isFalse();
    assertThat(identity.isAdmin()).isFalse();
  }

  private static StaffMember member(boolean demo) {
    return new StaffMember(
        "Ana.Front@Clinic.Example", "Ana Front", "hash", StaffRole.STAFF, Set.of(50L), demo, NOW);
  }
}
