package care.lantern.search.entity;

/** How search hits are ordered: nearest first, or earliest free consultation first. */
public enum SearchSort {
  DISTANCE,
  SOONEST
}
