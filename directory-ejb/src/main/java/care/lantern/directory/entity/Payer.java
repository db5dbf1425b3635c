package care.lantern.directory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An insurance plan (or self-pay) a clinic may accept; reference data from the migrations. */
@Entity
@Cacheable
@NamedQuery(name = "Payer.all", query = "SELECT p FROM Payer p ORDER BY p.displayOrder")
public class Payer {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  protected Payer() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
