package care.lantern.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A named fact about this installation, e.g. that demo data was loaded. */
@Entity
@Table(name = "platform_fact")
public class PlatformFact {

  @Id private String name;

  @Column(name = "fact_value", nullable = false)
  private String value;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected PlatformFact() {}

  public PlatformFact(String name, String value, OffsetDateTime recordedAt) {
    this.name = name;
    this.value = value;
    this.recordedAt = recordedAt;
  }

  public String getValue() {
    return value;
  }
}
