package org.basira.store;

import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The actors and the events between them as a GraphML graph, for Gephi, Cytoscape or networkx.
 * Nodes are canonical actors; a directed edge goes from source to target once per PLOVER category,
 * weighted by how many events of that category there are, with their mean cooperation score. Only
 * reported events count: what was denied or only threatened for later did not happen.
 */
final class ActorNetwork {

  private ActorNetwork() {
  }

  static void write(Connection db, Writer out) throws SQLException, XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("graphml");
    xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    key(xml, "name", "node", "name", "string");
    key(xml, "type", "node", "type", "string");
    key(xml, "articles", "node", "articles", "int");
    key(xml, "category", "edge", "category", "string");
    key(xml, "quad_class", "edge", "quad_class", "string");
    key(xml, "events", "edge", "events", "int");
    key(xml, "cooperation", "edge", "cooperation_score", "double");
    xml.writeStartElement("graph");
    xml.writeAttribute("id", "actors");
    xml.writeAttribute("edgedefault", "directed");
    try (Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("""
          SELECT c.id, c.name, c.type, count(DISTINCT a.article_id)
          FROM canonical_actors c
          JOIN actor_resolutions r ON r.canonical_id = c.id
          JOIN actors a ON a.actor_id = r.actor_id
          GROUP BY c.id, c.name, c.type ORDER BY c.id""")) {
        while (rs.next()) {
          xml.writeCharacters("\n");
          xml.writeStartElement("node");
          xml.writeAttribute("id", rs.getString(1));
          data(xml, "name", rs.getString(2));
          data(xml, "type", rs.getString(3));
          data(xml, "articles", Long.toString(rs.getLong(4)));
          xml.writeEndElement();
        }
      }
      try (ResultSet rs = st.executeQuery("""
          WITH sides AS (
            SELECT DISTINCT ea.article_id, ea.event_idx, ea.side, r.canonical_id AS actor
            FROM event_actors ea JOIN actor_resolutions r ON r.actor_id = ea.actor_id)
          SELECT s.actor, t.actor, e.category, e.quad_class, count(*), avg(e.cooperation_score)
          FROM events e
          JOIN sides s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.side = 'source'
          JOIN sides t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.side = 'target'
          WHERE e.status = 'REPORTED' AND s.actor <> t.actor
          GROUP BY s.actor, t.actor, e.category, e.quad_class
          ORDER BY s.actor, t.actor, e.category""")) {
        int n = 0;
        while (rs.next()) {
          xml.writeCharacters("\n");
          xml.writeStartElement("edge");
          xml.writeAttribute("id", "e" + n++);
          xml.writeAttribute("source", rs.getString(1));
          xml.writeAttribute("target", rs.getString(2));
          data(xml, "category", rs.getString(3));
          data(xml, "quad_class", rs.getString(4));
          data(xml, "events", Long.toString(rs.getLong(5)));
          data(xml, "cooperation", Double.toString(rs.getDouble(6)));
          xml.writeEndElement();
        }
      }
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private static void key(XMLStreamWriter xml, String id, String on, String name, String type)
      throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", on);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    // XML 1.0 cannot carry most control characters, which a scraped name may hold.
    xml.writeCharacters(value == null ? "" : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
    xml.writeEndElement();
  }
}
