package care.lantern.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who signs in to the clinic portal, and the clinics whose data they may see. The password
 * is kept only as a Pbkdf2 hash; demo accounts are refused whenever demo mode is off.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = "StaffMember.byEmail",
    query = "SELECT s FROM StaffMember s WHERE s.email = :email")
public class StaffMember {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
  @SequenceGenerator(
      name = "staff_member_seq",
      sequenceName = "staff_member_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StaffRole role;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "disabled_at")
  private OffsetDateTime disabledAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_clinic", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "clinic_id")
  private Set<Long> clinicIds = new TreeSet<>();

  protected StaffMember() {}

  public StaffMember(
      String email,
      String displayName,
      String passwordHash,
      StaffRole role,
      Set<Long> clinicIds,
      boolean demo,
      Instant now) {
    this.email = normalizedEmail(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.clinicIds = new TreeSet<>(clinicIds);
    this.demo = demo;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Sign-in names compare without case or surrounding space, as people type them. */
  public static String normalizedEmail(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether this account may sign in at all; its password is checked separately. */
  public boolean maySignIn(boolean demoMode) {
    return disabledAt == null && (!demo || demoMode);
  }

  public StaffIdentity identity() {
    return new StaffIdentity(id, email, displayName, role, Set.copyOf(clinicIds));
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public StaffRole getRole() {
    return role;
  }
}
