package org.opencrm.crm.platform.tenant.archive;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * What {@code manifest.json} says about an archive: its format and version, the tenant schema
 * version and changesets it was exported at, where it came from, every table with its columns, row
 * count and checksum, and every file of the tenant's file store with its key, size and checksum. A
 * manifest of version 1 has no file list (its count is always zero); it reads as one without files.
 */
public record ArchiveManifest(
    String format,
    int formatVersion,
    String schemaVersion,
    List<String> changesets,
    String sourceSlug,
    String sourceDisplayName,
    Instant exportedAt,
    List<ArchiveTable> tables,
    List<ArchiveFile> files) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ArchiveManifest {
    changesets = List.copyOf(changesets);
    tables = List.copyOf(tables);
    files = List.copyOf(files);
  }

  /** How many files the archive holds. */
  public int fileCount() {
    return files.size();
  }

  /** Total bytes of every file. */
  public long totalFileBytes() {
    return files.stream().mapToLong(ArchiveFile::size).sum();
  }

  /** Total rows of every table. */
  public long totalRows() {
    return tables.stream().mapToLong(ArchiveTable::rows).sum();
  }

  /** Writes the manifest as indented JSON in UTF-8; leaves the stream open. */
  void write(OutputStream out) {
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new KeepOpenOutputStream(out))) {
      json.writeStartObject()
          .write("format", format)
          .write("formatVersion", formatVersion)
          .write("schemaVersion", schemaVersion)
          .writeStartArray("changesets");
      changesets.forEach(json::write);
      json.writeEnd()
          .writeStartObject("source")
          .write("slug", sourceSlug)
          .write("displayName", sourceDisplayName)
          .writeEnd()
          .write("exportedAt", exportedAt.toString())
          .writeStartArray("tables");
      for (ArchiveTable table : tables) {
        json.writeStartObject().write("name", table.name()).write("file", table.entry());
        json.writeStartArray("columns");
        for (ArchiveColumn column : table.columns()) {
          json.writeStartObject()
              .write("name", column.name())
              .write("type", column.type())
              .write("nullable", column.nullable())
              .writeEnd();
        }
        json.writeEnd().writeStartArray("primaryKey");
        table.primaryKey().forEach(json::write);
        json.writeEnd().write("rows", table.rows()).write("sha256", table.sha256()).writeEnd();
      }
      json.writeEnd().writeStartObject("files").write("count", files.size());
      json.writeStartArray("items");
      for (ArchiveFile file : files) {
        json.writeStartObject()
            .write("key", file.key())
            .write("size", file.size())
            .write("sha256", file.sha256())
            .writeEnd();
      }
      json.writeEnd().writeEnd().writeEnd();
    }
  }

  /**
   * Reads a manifest. Its format and version are checked before anything else, since a later
   * version may be shaped differently.
   *
   * @throws ValidationException with {@link ArchiveRefusal#FOREIGN} when it is not a tenant
   *     archive's manifest, {@link ArchiveRefusal#FORMAT_VERSION} for a version this application
   *     cannot read, {@link ArchiveRefusal#MANIFEST_INVALID} when a field is missing or wrong,
   *     {@link ArchiveRefusal#FILE_KEY} for a file key that is not safe to write anywhere
   */
  static ArchiveManifest read(InputStream in) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(in)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ArchiveRefusal.of(ArchiveRefusal.FOREIGN);
      }
      root = value.asJsonObject();
    } catch (JsonException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "JSON");
    }
    if (!(root.get("format") instanceof JsonString format)
        || !ArchiveFormat.NAME.equals(format.getString())) {
      throw ArchiveRefusal.of(ArchiveRefusal.FOREIGN);
    }
    int version = integer(root, "formatVersion");
    if (version < 1 || version > ArchiveFormat.VERSION) {
      throw ArchiveRefusal.of(
          ArchiveRefusal.FORMAT_VERSION, String.valueOf(version), ArchiveFormat.VERSION);
    }
    JsonObject source = object(root, "source");
    List<ArchiveTable> tables = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonValue item : array(root, "tables")) {
      ArchiveTable table = table(item);
      if (!names.add(table.name())) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "tables: " + table.name());
      }
      tables.add(table);
    }
    return new ArchiveManifest(
        ArchiveFormat.NAME,
        version,
        string(root, "schemaVersion"),
        strings(array(root, "changesets"), "changesets"),
        string(source, "slug"),
        string(source, "displayName"),
        instant(root, "exportedAt"),
        tables,
        files(object(root, "files"), version));
  }

  /**
   * The file list; version 1 has none, and its count is zero. A key that could name a place outside
   * the tenant's folder is refused by name, before anything else looks at it.
   */
  private static List<ArchiveFile> files(JsonObject json, int version) {
    int count = integer(json, "count");
    if (version < ArchiveFormat.FILES_LISTED_SINCE) {
      if (count != 0) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "files.count");
      }
      return List.of();
    }
    List<ArchiveFile> files = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (JsonValue item : array(json, "items")) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "files.items");
      }
      JsonObject file = item.asJsonObject();
      String key = string(file, "key");
      if (!ArchiveFormat.isSafeKey(key)) {
        throw ArchiveRefusal.of(ArchiveRefusal.FILE_KEY, shown(key));
      }
      long size = longInteger(file, "size");
      String sha256 = string(file, "sha256");
      if (size < 0 || !SHA256.matcher(sha256).matches() || !keys.add(key)) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "files: " + key);
      }
      files.add(new ArchiveFile(key, size, sha256));
    }
    if (count != files.size()) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "files.count");
    }
    return files;
  }

  /** A name from an archive as a message shows it: at most 100 characters. */
  static String shown(String name) {
    return name.length() <= 100 ? name : name.substring(0, 99) + "…";
  }

  private static ArchiveTable table(JsonValue item) {
    if (item.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "tables");
    }
    JsonObject json = item.asJsonObject();
    String name = string(json, "name");
    String where = "tables: " + name;
    List<ArchiveColumn> columns = new ArrayList<>();
    for (JsonValue c : array(json, "columns")) {
      if (c.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, where);
      }
      JsonObject column = c.asJsonObject();
      JsonValue nullable = column.getOrDefault("nullable", JsonValue.NULL);
      if (nullable.getValueType() != JsonValue.ValueType.TRUE
          && nullable.getValueType() != JsonValue.ValueType.FALSE) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, where);
      }
      columns.add(
          new ArchiveColumn(
              string(column, "name"),
              string(column, "type"),
              nullable.getValueType() == JsonValue.ValueType.TRUE));
    }
    long rows = longInteger(json, "rows");
    String sha256 = string(json, "sha256");
    if (rows < 0 || !SHA256.matcher(sha256).matches()) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, where);
    }
    ArchiveTable table =
        new ArchiveTable(name, columns, strings(array(json, "primaryKey"), where), rows, sha256);
    try {
      new TableCodec(table);
    } catch (IllegalArgumentException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, where);
    }
    return table;
  }

  private static JsonValue field(JsonObject json, String name, JsonValue.ValueType type) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != type) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
    }
    return value;
  }

  private static String string(JsonObject json, String name) {
    return ((JsonString) field(json, name, JsonValue.ValueType.STRING)).getString();
  }

  private static long longInteger(JsonObject json, String name) {
    JsonNumber number = (JsonNumber) field(json, name, JsonValue.ValueType.NUMBER);
    if (!number.isIntegral()) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
    }
  }

  private static int integer(JsonObject json, String name) {
    long value = longInteger(json, name);
    if (value != (int) value) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
    }
    return (int) value;
  }

  private static JsonObject object(JsonObject json, String name) {
    return field(json, name, JsonValue.ValueType.OBJECT).asJsonObject();
  }

  private static JsonArray array(JsonObject json, String name) {
    return field(json, name, JsonValue.ValueType.ARRAY).asJsonArray();
  }

  private static List<String> strings(JsonArray array, String where) {
    List<String> values = new ArrayList<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonString s)) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, where);
      }
      values.add(s.getString());
    }
    return values;
  }

  private static Instant instant(JsonObject json, String name) {
    try {
      return Instant.parse(string(json, name));
    } catch (DateTimeParseException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
    }
  }
}
