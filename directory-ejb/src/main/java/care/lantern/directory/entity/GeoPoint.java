package care.lantern.directory.entity;

/**
 * A position on Earth in decimal degrees, e.g. a ZIP code's centroid. Distances treat the Earth as
 * a sphere, which is off by well under 1 % and plenty for "clinics within 25 miles".
 */
public record GeoPoint(double latitude, double longitude) {

  /** Mean Earth radius. */
  public static final double EARTH_RADIUS_MILES = 3958.8;

  /**
   * About 0.1 mm: widens a bounding box so that a point exactly on the circle, computed with
   * different floating-point rounding, still falls inside.
   */
  private static final double ROUNDING_MARGIN_DEGREES = 1e-9;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("Latitude " + latitude + " is outside [-90, 90]");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Longitude " + longitude + " is outside [-180, 180]");
    }
  }

  /** Great-circle distance in statute miles (haversine formula). */
  public double milesTo(GeoPoint other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double sinHalfDeltaLat = Math.sin((lat2 - lat1) / 2);
    double sinHalfDeltaLon = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
    double h =
        sinHalfDeltaLat * sinHalfDeltaLat
            + Math.cos(lat1) * Math.cos(lat2) * sinHalfDeltaLon * sinHalfDeltaLon;
    return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * The tightest latitude/longitude box holding every point within {@code radiusMiles}: a cheap,
   * index-friendly prefilter ({@code BETWEEN} on both columns) before the exact {@link #milesTo}. A
   * circle reaching a pole spans every longitude. Longitudes are clamped to [-180, 180], so a
   * circle crossing the antimeridian loses its far side; in US data only the western Aleutians come
   * near it.
   */
  public BoundingBox boxAround(double radiusMiles) {
    if (!(radiusMiles >= 0) || Double.isInfinite(radiusMiles)) {
      throw new IllegalArgumentException("Radius " + radiusMiles + " miles is not a distance");
    }
    double angle = radiusMiles / EARTH_RADIUS_MILES;
    double deltaLat = Math.toDegrees(angle) + ROUNDING_MARGIN_DEGREES;
    double minLat = latitude - deltaLat;
    double maxLat = latitude + deltaLat;
    if (minLat <= -90 || maxLat >= 90) {
      return new BoundingBox(Math.max(minLat, -90), Math.min(maxLat, 90), -180, 180);
    }
    // The circle's east- and westmost points lie poleward of this latitude, so the offset is
    // wider than deltaLat / cos(latitude) (J. Matuschek, "Finding Points Within a Distance").
    double deltaLon =
        Math.toDegrees(Math.asin(Math.sin(angle) / Math.cos(Math.toRadians(latitude))))
            + ROUNDING_MARGIN_DEGREES;
    return new BoundingBox(
        minLat, maxLat, Math.max(longitude - deltaLon, -180), Math.min(longitude + deltaLon, 180));
  }
}
