package org.basira.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Event;
import org.basira.model.Location;
import org.basira.model.Sentence;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946), for QGIS, kepler.gl or Leaflet: one Point
 * feature for each event whose place is located, at {@code [lon, lat]}, with what happened, who
 * acted on whom (ids and names), when, the place as written and as resolved, the words and the
 * sentence that tell it, and the article it comes from. Written as analyses come, so an archive
 * never has to fit in memory; events with no location are counted, not written.
 */
public final class GeoJsonEvents implements Closeable {

  private final Writer out;
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private long written;
  private long unplaced;

  /** Starts the collection on {@code out}; {@link #close} ends it (and does not close {@code out}). */
  public GeoJsonEvents(Writer out) {
    this.out = out;
    write("{\"type\":\"FeatureCollection\",\"features\":[");
  }

  /** Writes the located events of one analysis. */
  public void add(Analysis analysis) {
    Map<String, String> names = new HashMap<>();
    for (Actor actor : analysis.actors()) {
      names.putIfAbsent(actor.id(), actor.name());
    }
    for (Event event : analysis.events()) {
      Location location = event.place().location();
      if (location == null) {
        unplaced++;
        continue;
      }
      write((written++ == 0 ? "\n" : ",\n") + feature(analysis, event, location, names));
    }
  }

  /** How many events were written as features. */
  public long written() {
    return written;
  }

  /** How many events were left out for want of a location. */
  public long unplaced() {
    return unplaced;
  }

  @Override
  public void close() {
    write("\n]}\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String feature(Analysis analysis, Event event, Location location, Map<String, String> names) {
    ObjectNode feature = mapper.createObjectNode().put("type", "Feature");
    ArrayNode coordinates = feature.putObject("geometry").put("type", "Point").putArray("coordinates");
    coordinates.add(location.longitude()).add(location.latitude());
    ObjectNode p = feature.putObject("properties");
    p.put("category", event.category().name()).put("quad_class", event.quadClass().wireName())
        .put("status", event.status().wireName())
        .put("date", event.date().value() == null ? null : event.date().value().toString())
        .put("date_text", event.date().text());
    sides(p, "source", event.source(), names);
    sides(p, "target", event.target(), names);
    p.put("place", event.place().text()).put("place_name", location.name()).put("country", location.country())
        .put("region", location.region()).put("precision", location.precision().wireName());
    if (location.geonamesId() != null) {
      p.put("geonames_id", location.geonamesId());
    } else {
      p.putNull("geonames_id");
    }
    p.put("trigger", event.trigger().text()).put("sentence_index", event.sentence()).put("sentence", sentence(analysis, event));
    Article article = analysis.article();
    p.put("article_id", article.id()).put("article_title", article.title()).put("article_source", article.source())
        .put("article_url", article.url())
        .put("published", article.published() == null ? null : article.published().toString());
    try {
      return mapper.writeValueAsString(feature);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sides(ObjectNode p, String side, List<String> ids, Map<String, String> names) {
    ArrayNode idList = p.putArray(side + "_ids");
    ArrayNode nameList = p.putArray(side);
    for (String id : ids) {
      idList.add(id);
      nameList.add(names.getOrDefault(id, id));
    }
  }

  /** The sentence that tells the event, where the analysis carries its text. */
  private static String sentence(Analysis analysis, Event event) {
    String text = analysis.article().text();
    List<Sentence> sentences = analysis.sentences();
    if (text == null || event.sentence() >= sentences.size()) {
      return null;
    }
    Sentence s = sentences.get(event.sentence());
    return s.end() <= text.length() ? text.substring(s.start(), s.end()) : null;
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
