package care.lantern.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Set;

/**
 * The modes a calendar offers at a time (weekly hours, a slot), stored as one boolean column per
 * mode ({@code in_person}, {@code telehealth}).
 */
@Embeddable
public class OfferedModes {

  @Column(name = "in_person", nullable = false)
  private boolean inPerson;

  @Column(nullable = false)
  private boolean telehealth;

  /** For JPA. */
  protected OfferedModes() {}

  private OfferedModes(boolean inPerson, boolean telehealth) {
    this.inPerson = inPerson;
    this.telehealth = telehealth;
  }

  public static OfferedModes of(Set<AppointmentMode> modes) {
    return new OfferedModes(
        modes.contains(AppointmentMode.IN_PERSON), modes.contains(AppointmentMode.TELEHEALTH));
  }

  /** In-person first. */
  public Set<AppointmentMode> modes() {
    return AppointmentMode.of(inPerson, telehealth);
  }
}
