package care.lantern.directory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** A treatment Lantern routes patients to, e.g. {@code TMS}; reference data from the migrations. */
@Entity
@Cacheable
@NamedQuery(name = "Treatment.all", query = "SELECT t FROM Treatment t ORDER BY t.displayOrder")
public class Treatment {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  protected Treatment() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
