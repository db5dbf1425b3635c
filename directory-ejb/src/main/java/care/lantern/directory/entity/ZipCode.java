package care.lantern.directory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.ZoneId;

/**
 * A US ZIP code with its centroid, its USPS city and state, and the time zone most of it keeps.
 * Read-only reference data loaded by the migrations (see NOTICE for its sources); it has no public
 * constructor and no setters. The state is a USPS code, so it includes territories (PR, GU, ...)
 * besides the 50 states and DC.
 */
@Entity
@Table(name = "zip_code")
@Cacheable
@NamedQuery(name = "ZipCode.byZip", query = "SELECT z FROM ZipCode z WHERE z.zip = :zip")
@NamedQuery(
    name = "ZipCode.within",
    query =
        "SELECT z FROM ZipCode z WHERE z.latitude BETWEEN :minLat AND :maxLat"
            + " AND z.longitude BETWEEN :minLon AND :maxLon")
public class ZipCode {

  @Id private String zip;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @Column(nullable = false)
  private String city;

  @Column(nullable = false)
  private String state;

  @Column(name = "timezone", nullable = false)
  private ZoneId timeZone;

  protected ZipCode() {}

  public String getZip() {
    return zip;
  }

  public String getCity() {
    return city;
  }

  public String getState() {
    return state;
  }

  public ZoneId getTimeZone() {
    return timeZone;
  }

  public GeoPoint location() {
    return new GeoPoint(latitude, longitude);
  }
}
