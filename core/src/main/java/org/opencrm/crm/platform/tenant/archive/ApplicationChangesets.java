package org.opencrm.crm.platform.tenant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ids of the changesets a changelog on the class path holds, in order, with its included files
 * (relative to the including file, as every changelog here includes them). An archive's changesets
 * compared with these tell an archive of a newer application from one of an older one, which the
 * schema fingerprint alone cannot.
 */
final class ApplicationChangesets {

  private ApplicationChangesets() {}

  static List<String> of(String changelog, ClassLoader loader) {
    List<String> ids = new ArrayList<>();
    collect(changelog, loader, ids);
    return List.copyOf(ids);
  }

  private static void collect(String resource, ClassLoader loader, List<String> ids) {
    String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing changelog resource " + resource);
      }
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          switch (xml.getLocalName()) {
            case "changeSet" -> ids.add(xml.getAttributeValue(null, "id"));
            case "include" -> collect(folder + xml.getAttributeValue(null, "file"), loader, ids);
            default -> {
              // other elements say nothing about which changesets exist
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("Cannot read changelog " + resource, e);
    }
  }
}
