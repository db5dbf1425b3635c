/**
 * Plumbing every business component relies on: the clock, schema migrations, readiness, the error
 * types every edge maps ({@code NotFoundException}, {@code InvalidInputException} with its field
 * errors), paging ({@code ResultPage}), hashing and random secrets. Nothing here knows about
 * patients or providers, and it calls no other component.
 */
package care.lantern.platform;
