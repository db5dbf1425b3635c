package care.lantern.directory.entity;

/**
 * Fired once clinics, providers or what they offer changed in a way no calendar event names (e.g. a
 * directory loaded in bulk), so that anything keeping the directory in memory reads it anew.
 */
public record DirectoryChanged() {}
