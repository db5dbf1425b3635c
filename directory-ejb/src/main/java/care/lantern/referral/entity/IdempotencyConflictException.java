package care.lantern.referral.entity;

import jakarta.ejb.ApplicationException;

/** An {@code Idempotency-Key} used before with a different request body. */
@ApplicationException(rollback = true)
public class IdempotencyConflictException extends RuntimeException {

  public IdempotencyConflictException() {
    super(
        "This Idempotency-Key was already used with a different request. Use a new key for a new"
            + " referral.",
        null,
        false,
        false);
  }
}
