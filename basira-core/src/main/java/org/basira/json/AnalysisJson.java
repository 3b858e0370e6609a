package org.basira.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.basira.model.Analysis;

/**
 * Writes and reads analyses as the contract's JSON, one object per line. Field names and the
 * spelling of enum values are the contract's; unknown fields are ignored on reading, since the
 * contract lets producers add fields.
 */
public final class AnalysisJson {

  private final ObjectMapper mapper;

  public AnalysisJson() {
    this.mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The analysis as one line of JSON, without a line break; {@code withText} false drops article.text. */
  public String toLine(Analysis analysis, boolean withText) {
    Analysis shown = withText ? analysis : withoutText(analysis);
    try {
      return mapper.writeValueAsString(shown);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an analysis could not be written as JSON", e);
    }
  }

  /** Appends the analysis as one JSON line, ending with a line feed. */
  public void writeLine(Analysis analysis, boolean withText, Writer out) {
    try {
      out.write(toLine(analysis, withText));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one contract object. */
  public Analysis fromLine(String json) throws JsonProcessingException {
    return mapper.readValue(json, Analysis.class);
  }

  /** The JSON Schema (draft 2020-12) of one contract object, as kept in the project. */
  public static String schema() {
    try (var in = AnalysisJson.class.getResourceAsStream("analysis.schema.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analysis withoutText(Analysis a) {
    return new Analysis(a.article().withoutText(), a.actors(), a.attributions(), a.events(),
        a.scenarioRefs(), a.sentences());
  }
}
