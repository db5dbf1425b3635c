/**
 * Plumbing every business component relies on: schema migrations, readiness, configuration and demo
 * data. Nothing here knows about patients or providers.
 */
package care.lantern.platform;
