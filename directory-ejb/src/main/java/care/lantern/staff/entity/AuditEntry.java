package care.lantern.staff.entity;

import java.time.Instant;

/** A line of the audit trail as clinic admins read it. */
public record AuditEntry(
    Instant at, String actor, long clinicId, AuditAction action, String subject, String origin) {}
