package care.lantern.directory.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.ZoneId;

/** Stores a time zone as its IANA name, e.g. {@code America/Chicago}. */
@Converter(autoApply = true)
public class ZoneIdConverter implements AttributeConverter<ZoneId, String> {

  @Override
  public String convertToDatabaseColumn(ZoneId zone) {
    return zone == null ? null : zone.getId();
  }

  @Override
  public ZoneId convertToEntityAttribute(String name) {
    return name == null ? null : ZoneId.of(name);
  }
}
