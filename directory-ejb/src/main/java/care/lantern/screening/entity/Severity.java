package care.lantern.screening.entity;

/**
 * How strongly a screening score points to a problem, in the bands the instrument's authors
 * published. Which values an instrument can yield:
 *
 * <ul>
 *   <li>PHQ-9: {@link #MINIMAL}, {@link #MILD}, {@link #MODERATE}, {@link #MODERATELY_SEVERE},
 *       {@link #SEVERE} (Kroenke 2001);
 *   <li>GAD-7: {@link #MINIMAL}, {@link #MILD}, {@link #MODERATE}, {@link #SEVERE} (Spitzer 2006);
 *       it has no "moderately severe" band;
 *   <li>PC-PTSD-5: only {@link #NEGATIVE} or {@link #POSITIVE} (Prins 2016), because it is a yes/no
 *       screen with a cut point, not a severity scale.
 * </ul>
 *
 * One enum rather than one per instrument, so results of all instruments can be stored and returned
 * in one column and one JSON field, exactly as the public contract names them.
 */
public enum Severity {
  MINIMAL,
  MILD,
  MODERATE,
  MODERATELY_SEVERE,
  SEVERE,
  NEGATIVE,
  POSITIVE
}
