package care.lantern.web.screening;

/** One item of a questionnaire on the form, with the answer the person chose so far. */
public class Question {

  private final int number;
  private final String textKey;
  private Integer answer;

  Question(int number, String textKey) {
    this.number = number;
    this.textKey = textKey;
  }

  /** From 1, as printed. */
  public int getNumber() {
    return number;
  }

  /** The key of the item's wording in the instruments' resource bundle. */
  public String getTextKey() {
    return textKey;
  }

  public Integer getAnswer() {
    return answer;
  }

  public void setAnswer(Integer answer) {
    this.answer = answer;
  }
}
