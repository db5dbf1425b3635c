package care.lantern.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {

  private static final GeoPoint NEW_YORK_10001 = new GeoPoint(40.7484, -73.9967);
  private static final GeoPoint CHICAGO_60601 = new GeoPoint(41.8858, -87.6181);

  @Test
  void measuresNewYorkToChicagoAsAbout711Miles() {
    assertThat(NEW_YORK_10001.milesTo(CHICAGO_60601)).isCloseTo(711, withinPercentage(1));
  }

  @Test
  void measuresTheSameDistanceBothWays() {
    assertThat(CHICAGO_60601.milesTo(NEW_YORK_10001))
        .isEqualTo(NEW_YORK_10001.milesTo(CHICAGO_60601));
  }

  @Test
  void measuresNoDistanceToItself() {
    assertThat(NEW_YORK_10001.milesTo(new GeoPoint(40.7484, -73.9967))).isZero();
  }

  @Test
  void measuresHalfTheEarthsCircumferenceBetweenAntipodes() {
    assertThat(new GeoPoint(0, 0).milesTo(new GeoPoint(0, 180)))
        .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_MILES, withinPercentage(0.0001));
  }

  @ParameterizedTest
  @CsvSource({
    "40.7484, -73.9967, 25", // New York
    "61.2181, -149.9003, 100", // Anchorage
    "-14.27, -170.7, 50", // Pago Pago, south of the equator
    "0, 0, 1",
  })
  void boxAroundHoldsPointsExactlyAtTheRadiusInFourDirections(
      double latitude, double longitude, double radiusMiles) {
    GeoPoint center = new GeoPoint(latitude, longitude);

    BoundingBox box = center.boxAround(radiusMiles);

    for (double bearing : new double[] {0, 90, 180, 270}) {
      GeoPoint edge = destination(center, bearing, radiusMiles);
      assertThat(center.milesTo(edge)).isCloseTo(radiusMiles, withinPercentage(0.0001));
      assertThat(box.contains(edge)).as("bearing %s", bearing).isTrue();
    }
  }

  @Test
  void boxAroundIsNoWiderThanTheCircle() {
    GeoPoint center = new GeoPoint(40.7484, -73.9967);

    BoundingBox box = center.boxAround(25);

    assertThat(box.contains(destination(center, 0, 25.01))).isFalse();
    assertThat(box.contains(destination(center, 180, 25.01))).isFalse();
    double naiveWidth =
        2 * Math.toDegrees(25 / GeoPoint.EARTH_RADIUS_MILES) / Math.cos(Math.toRadians(40.7484));
    assertThat(box.maxLon() - box.minLon()).isCloseTo(naiveWidth, withinPercentage(0.1));
  }

  @Test
  void boxAroundSpansEveryLongitudeWhenTheCircleReachesAPole() {
    BoundingBox box = new GeoPoint(89.9, 10).boxAround(50);

    assertThat(box.maxLat()).isEqualTo(90);
    assertThat(box.minLon()).isEqualTo(-180);
    assertThat(box.maxLon()).isEqualTo(180);
  }

  @Test
  void boxAroundClampsLongitudesAtTheAntimeridian() {
    GeoPoint adak = new GeoPoint(51.874, -176.634);

    BoundingBox box = adak.boxAround(300);

    assertThat(box.minLon()).isEqualTo(-180);
    assertThat(box.maxLon()).isLessThan(-168);
  }

  @Test
  void boxAroundAZeroRadiusHoldsThePointItself() {
    BoundingBox box = NEW_YORK_10001.boxAround(0);

    assertThat(box.contains(NEW_YORK_10001)).isTrue();
    assertThat(box.maxLat() - box.minLat()).isLessThan(1e-8);
  }

  @ParameterizedTest
  @ValueSource(doubles = {90.000001, -91, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsALatitudeOffTheGlobe(double latitude) {
    assertThatThrownBy(() -> new GeoPoint(latitude, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Latitude");
  }

  @ParameterizedTest
  @ValueSource(doubles = {180.5, -181, Double.NaN})
  void rejectsALongitudeOffTheGlobe(double longitude) {
    assertThatThrownBy(() -> new GeoPoint(0, longitude))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Longitude");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsARadiusThatIsNoDistance(double radiusMiles) {
    assertThatThrownBy(() -> NEW_YORK_10001.boxAround(radiusMiles))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The point reached by travelling {@code miles} from {@code start} on an initial bearing. */
  private static GeoPoint destination(GeoPoint start, double bearingDegrees, double miles) {
    double angle = miles / GeoPoint.EARTH_RADIUS_MILES;
    double lat1 = Math.toRadians(start.latitude());
    double bearing = Math.toRadians(bearingDegrees);
    double lat2 =
        Math.asin(
            Math.sin(lat1) * Math.cos(angle)
                + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
    double deltaLon =
        Math.atan2(
            Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
            Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
    return new GeoPoint(Math.toDegrees(lat2), start.longitude() + Math.toDegrees(deltaLon));
  }
}
