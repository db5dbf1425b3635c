/*
 * Lantern's forms, enhanced from a file (never inline) so that a strict Content-Security-Policy
 * holds. Without JavaScript every form still works.
 *
 * - A submit button with data-busy-label says what is happening ("Booking…") once pressed,
 *   announces it through the form's [data-busy-status] live region and ignores further presses.
 *   The button is not disabled: a disabled button would not tell the server which action to run.
 * - An error summary ([data-error-summary]) takes the focus when the page opens, so keyboard and
 *   screen-reader users land on the list of what to fix.
 */
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.getAttribute("data-busy") === "true") {
      event.preventDefault();
      return;
    }
    var button = event.submitter;
    if (!button || !button.hasAttribute("data-busy-label")) {
      return;
    }
    var label = button.getAttribute("data-busy-label");
    form.setAttribute("data-busy", "true");
    button.setAttribute("data-idle-label", button.value);
    button.value = label;
    button.setAttribute("aria-disabled", "true");
    var status = form.querySelector("[data-busy-status]");
    if (status) {
      status.textContent = label;
    }
  });

  // Coming back with the browser's back button restores the page as it was left: busy.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll("form[data-busy]").forEach(function (form) {
      form.removeAttribute("data-busy");
      form.querySelectorAll("[data-idle-label]").forEach(function (button) {
        button.value = button.getAttribute("data-idle-label");
        button.removeAttribute("aria-disabled");
      });
      var status = form.querySelector("[data-busy-status]");
      if (status) {
        status.textContent = "";
      }
    });
  });

  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
