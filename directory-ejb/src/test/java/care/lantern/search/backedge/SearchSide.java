package care.lantern.search.backedge;

/** A class high in the stack, for {@code ArchitectureTest} to see a back-edge caught. */
public class SearchSide {}
