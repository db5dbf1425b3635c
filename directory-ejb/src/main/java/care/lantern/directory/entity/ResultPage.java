package care.lantern.directory.entity;

import java.util.List;

/** One page of a longer result: {@code page} counts from 0, {@code total} counts every item. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {}
