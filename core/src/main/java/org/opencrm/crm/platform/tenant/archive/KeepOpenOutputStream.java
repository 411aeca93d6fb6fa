package org.opencrm.crm.platform.tenant.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes everything on but only flushes when closed, so a writer that closes its stream (a JSON
 * generator) leaves the ZIP stream under it open for the next entry.
 */
final class KeepOpenOutputStream extends FilterOutputStream {

  KeepOpenOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
