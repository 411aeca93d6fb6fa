package org.opencrm.crm.platform.importing;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What to import: the uploaded file, how to read it, which field each column fills (null: the
 * column is left out) and what to do with duplicates.
 *
 * @param headerRow whether the first row holds headers (it is then not imported)
 */
public record ImportSpec(
    String entity,
    String fileName,
    Path file,
    SheetRows.Kind kind,
    TextFileFormat format,
    boolean headerRow,
    List<String> mapping,
    DuplicatePolicy duplicates)
    implements Serializable {}
