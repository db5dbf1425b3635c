package care.lantern.web.clinic;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.TimeWindow;
import care.lantern.scheduling.entity.WeeklyRule;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The availability page's form as typed: a fieldset of rows per weekday and a list of dates. Rows
 * keep the boundary's field errors ({@code rules[3].end}) next to the inputs they are about.
 */
public final class AvailabilityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One input row; {@code anchor} is the start of its inputs' client ids. */
  public abstract static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String start = "";
    private String end = "";
    private final Map<String, String> errors = new HashMap<>();
    private String anchor = "";

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }

    /** The message for one input of the row ({@code start}, {@code end}, {@code modes}...). */
    public Map<String, String> getErrors() {
      return errors;
    }

    public String getAnchor() {
      return anchor;
    }

    void place(String anchor) {
      this.anchor = anchor;
    }
  }

  /** Weekly hours on one day. */
  public static final class RuleRow extends Row {
    private static final long serialVersionUID = 1L;
    private boolean inPerson = true;
    private boolean telehealth;

    public boolean isInPerson() {
      return inPerson;
    }

    public void setInPerson(boolean inPerson) {
      this.inPerson = inPerson;
    }

    public boolean isTelehealth() {
      return telehealth;
    }

    public void setTelehealth(boolean telehealth) {
      this.telehealth = telehealth;
    }
  }

  /** A date closed all day or with different hours. */
  public static final class DateRow extends Row {
    private static final long serialVersionUID = 1L;
    private String date = "";
    private boolean closed = true;

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }

    public boolean isClosed() {
      return closed;
    }

    public void setClosed(boolean closed) {
      this.closed = closed;
    }
  }

  /** A weekday's fieldset. */
  public record Day(DayOfWeek day, String name, List<RuleRow> rows) implements Serializable {}

  private final List<Day> days = new ArrayList<>();
  private final List<DateRow> dates = new ArrayList<>();

  public AvailabilityForm() {
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(new Day(day, day.getDisplayName(TextStyle.FULL, Locale.US), new ArrayList<>()));
    }
  }

  /** The form filled with the stored hours. */
  public static AvailabilityForm of(Availability availability) {
    AvailabilityForm form = new AvailabilityForm();
    for (WeeklyRule rule : availability.rules()) {
      RuleRow row = form.addRule(rule.day());
      row.setStart(rule.start().toString());
      row.setEnd(rule.end().toString());
      row.setInPerson(rule.modes().contains(AppointmentMode.IN_PERSON));
      row.setTelehealth(rule.modes().contains(AppointmentMode.TELEHEALTH));
    }
    for (DateOverride override : availability.overrides()) {
      if (override.isClosed()) {
        form.addDate().setDate(override.date().toString());
      }
      for (TimeWindow window : override.windows()) {
        DateRow row = form.addDate();
        row.setDate(override.date().toString());
        row.setClosed(false);
        row.setStart(window.start().toString());
        row.setEnd(window.end().toString());
      }
    }
    return form;
  }

  public RuleRow addRule(DayOfWeek day) {
    RuleRow row = new RuleRow();
    days.get(day.ordinal()).rows().add(row);
    return row;
  }

  /** A new row of hours after the day's last one, 09:00 to 17:00 when it is the first. */
  public void addRuleAfterLast(DayOfWeek day) {
    List<RuleRow> rows = days.get(day.ordinal()).rows();
    RuleRow row = new RuleRow();
    LocalTime start =
        rows.isEmpty() ? LocalTime.of(9, 0) : parsedOr(rows.get(rows.size() - 1).getEnd());
    row.setStart(start.toString());
    row.setEnd(start.isBefore(LocalTime.of(17, 0)) ? "17:00" : "");
    rows.add(row);
  }

  public void removeRule(DayOfWeek day, int index) {
    List<RuleRow> rows = days.get(day.ordinal()).rows();
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  public DateRow addDate() {
    DateRow row = new DateRow();
    dates.add(row);
    return row;
  }

  public void removeDate(int index) {
    if (index >= 0 && index < dates.size()) {
      dates.remove(index);
    }
  }

  public List<Day> getDays() {
    return days;
  }

  public List<DateRow> getDates() {
    return dates;
  }

  /** The rows as the boundary takes them, in order: Monday's rows first, then the dates. */
  public AvailabilityDraft draft() {
    List<AvailabilityDraft.RuleRow> rules = new ArrayList<>();
    for (Day day : days) {
      for (RuleRow row : day.rows()) {
        rules.add(
            new AvailabilityDraft.RuleRow(
                day.day(), row.getStart(), row.getEnd(), row.isInPerson(), row.isTelehealth()));
      }
    }
    List<AvailabilityDraft.OverrideRow> overrides =
        dates.stream()
            .map(
                row ->
                    new AvailabilityDraft.OverrideRow(
                        row.getDate(), row.isClosed(), row.getStart(), row.getEnd()))
            .toList();
    return new AvailabilityDraft(rules, overrides);
  }

  /**
   * Gives each row the client-id prefix of its inputs and the boundary's errors about it, and
   * returns the summary: each message with the id of the input it links to.
   */
  public List<Problem> attach(List<FieldError> errors) {
    List<Row> rules = new ArrayList<>();
    for (int d = 0; d < days.size(); d++) {
      List<RuleRow> rows = days.get(d).rows();
      for (int r = 0; r < rows.size(); r++) {
        rows.get(r).place("days:" + d + ":rules:" + r + ":");
        rules.add(rows.get(r));
      }
    }
    for (int i = 0; i < dates.size(); i++) {
      dates.get(i).place("dates:" + i + ":");
    }
    rules.forEach(row -> row.getErrors().clear());
    dates.forEach(row -> row.getErrors().clear());
    List<Problem> problems = new ArrayList<>();
    for (FieldError error : errors) {
      Row row = rowOf(error.field(), rules);
      if (row == null) {
        continue;
      }
      String input = error.field().substring(error.field().indexOf("].") + 2);
      if (row.errors.putIfAbsent(input, error.message()) == null) {
        String target = input.equals("modes") ? "inPerson" : input;
        problems.add(new Problem(row.anchor + target, error.message()));
      }
    }
    return problems;
  }

  private Row rowOf(String field, List<Row> rules) {
    int open = field.indexOf('[');
    int close = field.indexOf(']');
    if (open < 0 || close < open) {
      return null;
    }
    int index = Integer.parseInt(field.substring(open + 1, close));
    List<? extends Row> rows = field.startsWith("rules") ? rules : dates;
    return index < rows.size() ? rows.get(index) : null;
  }

  private static LocalTime parsedOr(String time) {
    try {
      return LocalTime.parse(time);
    } catch (RuntimeException notATime) {
      return LocalTime.of(9, 0);
    }
  }

  /** One line of the error summary. */
  public record Problem(String anchor, String message) implements Serializable {}
}
