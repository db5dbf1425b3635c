package care.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the site keeps in a visitor's session must cross to another node: the web module is
 * distributable, and clustered Payara keeps sessions, with the {@code @ViewScoped} beans of the
 * views they hold, in the data grid. Every session- or view-scoped bean's state is checked by its
 * declared types (anything a field may hold, deep down, is serializable; injected fields are the
 * container's proxies, which are) and by a round trip through Java serialization once populated.
 */
class SessionStateTest {

  private static final Set<String> SESSION_SCOPES =
      Set.of(
          "jakarta.faces.view.ViewScoped",
          "org.omnifaces.cdi.ViewScoped",
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped");

  /** JDK interfaces a field may be declared as: their instances here are serializable. */
  private static final Set<Class<?>> SERIALIZABLE_INTERFACES =
      Set.of(List.class, Set.class, Collection.class, Map.class);

  static List<Class<?>> sessionBeans() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.lantern.web")
            .stream()
            .filter(
                c ->
                    c.getAnnotations().stream()
                        .anyMatch(a -> SESSION_SCOPES.contains(a.getRawType().getName())))
            .map(JavaClass::reflect)
            .<Class<?>>map(c -> c)
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .toList();
  }

  @Test
  void findsTheSiteViewScopedBeans() {
    assertThat(sessionBeans())
        .extracting(Class::getSimpleName)
        .contains("DetailsBacking", "ReferralBacking", "AvailabilityBacking", "ManageBacking");
  }

  @TestFactory
  Stream<DynamicTest> everyFieldOfASessionBeanIsSerializableOrInjectedOrTransient() {
    return eachSessionBean(
        bean -> {
          List<String> problems = new ArrayList<>();
          for (Field field : stateOf(bean)) {
            check(
                field.getGenericType(),
                bean.getSimpleName() + "." + field.getName(),
                problems,
                new HashSet<>());
          }
          assertThat(problems).isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicTest> aPopulatedSessionBeanSurvivesSerialization() {
    return eachSessionBean(
        bean -> {
          Object populated = newInstance(bean);
          int filled = 0;
          for (Field field : stateOf(bean)) {
            if (Modifier.isFinal(field.getModifiers())) {
              continue;
            }
            Optional<Object> value = sample(field.getGenericType());
            if (value.isPresent()) {
              field.set(populated, value.get());
              filled++;
            }
          }

          Object copy = roundTrip(populated);

          assertThat(filled).isPositive();
          assertThat(copy).usingRecursiveComparison().isEqualTo(populated);
        });
  }

  private interface BeanCheck {
    void check(Class<?> bean) throws Exception;
  }

  private static Stream<DynamicTest> eachSessionBean(BeanCheck check) {
    return sessionBeans().stream()
        .map(bean -> DynamicTest.dynamicTest(bean.getSimpleName(), () -> check.check(bean)));
  }

  /** The fields a bean keeps between requests: not static, transient or injected. */
  private static List<Field> stateOf(Class<?> bean) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = bean; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)) {
          continue;
        }
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return fields;
  }

  /** Collects why a value declared as {@code type} might not serialize. */
  private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), path, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, path + "<>", problems, seen);
      }
      return;
    }
    if (type instanceof WildcardType || type instanceof TypeVariable<?>) {
      problems.add(path + ": " + type + " may hold anything");
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c.isPrimitive() || c.isEnum() || SERIALIZABLE_INTERFACES.contains(c)) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (c.getName().startsWith("care.lantern.")) {
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field field : k.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
            check(field.getGenericType(), path + "." + field.getName(), problems, seen);
          }
        }
      }
    }
  }

  /** A value of {@code type} with something in it, where one can be made. */
  private static Optional<Object> sample(Type type) {
    try {
      return Optional.ofNullable(sampleOf(type));
    } catch (ReflectiveOperationException | RuntimeException cannotMake) {
      return Optional.empty();
    }
  }

  private static Object sampleOf(Type type) throws ReflectiveOperationException {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (List.class.equals(raw) || Collection.class.equals(raw)) {
        return new ArrayList<>(List.of(sampleOf(arguments[0])));
      }
      if (Set.class.equals(raw)) {
        return new LinkedHashSet<>(Set.of(sampleOf(arguments[0])));
      }
      if (Map.class.equals(raw)) {
        return new HashMap<>(Map.of(sampleOf(arguments[0]), sampleOf(arguments[1])));
      }
      if (Optional.class.equals(raw)) {
        return Optional.of(sampleOf(arguments[0]));
      }
      return sampleOf(raw);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "1";
    }
    if (c == long.class || c == Long.class) {
      return 1L;
    }
    if (c == int.class || c == Integer.class) {
      return 1;
    }
    if (c == boolean.class || c == Boolean.class) {
      return true;
    }
    if (c == Instant.class) {
      return Instant.parse("2026-12-04T17:00:00Z");
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2026, 12, 4);
    }
    if (c == LocalTime.class) {
      return LocalTime.of(9, 0);
    }
    if (c == ZoneId.class) {
      return ZoneId.of("America/New_York");
    }
    if (c == Duration.class) {
      return Duration.ofHours(2);
    }
    if (c == Locale.class) {
      return Locale.US;
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    if (c.isRecord()) {
      RecordComponent[] components = c.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sampleOf(components[i].getGenericType());
      }
      Constructor<?> canonical = c.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    }
    return newInstance(c);
  }

  private static Object newInstance(Class<?> c) throws ReflectiveOperationException {
    Constructor<?> constructor = c.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static Object roundTrip(Object bean) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(bean);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
