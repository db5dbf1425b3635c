package care.lantern.staff.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the audit trail: set by the web tier before a portal
 * request reaches a boundary.
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String address() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }
}
