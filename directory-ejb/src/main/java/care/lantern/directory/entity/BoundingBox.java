package care.lantern.directory.entity;

/** A latitude/longitude rectangle in decimal degrees that does not cross the antimeridian. */
public record BoundingBox(double minLat, double maxLat, double minLon, double maxLon) {

  public BoundingBox {
    if (!(-90 <= minLat && minLat <= maxLat && maxLat <= 90)) {
      throw new IllegalArgumentException("Latitudes " + minLat + ".." + maxLat + " are no range");
    }
    if (!(-180 <= minLon && minLon <= maxLon && maxLon <= 180)) {
      throw new IllegalArgumentException("Longitudes " + minLon + ".." + maxLon + " are no range");
    }
  }

  public boolean contains(GeoPoint point) {
    return minLat <= point.latitude()
        && point.latitude() <= maxLat
        && minLon <= point.longitude()
        && point.longitude() <= maxLon;
  }
}
