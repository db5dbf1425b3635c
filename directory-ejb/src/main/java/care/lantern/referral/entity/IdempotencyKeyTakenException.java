package care.lantern.referral.entity;

import jakarta.ejb.ApplicationException;

/**
 * Another request with the same practice and {@code Idempotency-Key} wrote its referral first (the
 * key is unique in the database); nothing of this one was kept, and it answers with the winner's
 * referral. An application exception, so that a lost race is not logged as a failure.
 */
@ApplicationException(rollback = true)
public class IdempotencyKeyTakenException extends RuntimeException {

  public IdempotencyKeyTakenException() {
    super("Another request wrote a referral with this idempotency key first", null, false, false);
  }
}
