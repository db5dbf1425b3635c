package care.lantern.platform.backedge;

import care.lantern.search.backedge.SearchSide;

/** A back-edge on purpose: platform using search, which {@code ArchitectureTest} must refuse. */
public class PlatformSide {

  public SearchSide reachUp() {
    return new SearchSide();
  }
}
