package care.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.Clinic;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  public record Clinic(String name, String city) {}

  private final RecordELResolver resolver = new RecordELResolver();
  private final ELContext context = new BareContext();

  @Test
  void readsARecordComponentAsAProperty() {
    Object value = resolver.getValue(context, new Clinic("Chelsea Mind", "New York"), "city");

    assertThat(value).isEqualTo("New York");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesOtherObjectsAndUnknownComponentsToTheNextResolver() {
    assertThat(resolver.getValue(context, "not a record", "length")).isNull();
    assertThat(resolver.getValue(context, new Clinic("a", "b"), "zip")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void treatsComponentsAsReadOnly() {
    var clinic = new Clinic("a", "b");

    assertThat(resolver.isReadOnly(context, clinic, "name")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, clinic, "name", "c"))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  /** The least an ELContext needs to be for a resolver on its own. */
  private static final class BareContext extends ELContext {

    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
