package org.basira.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Objects;

/**
 * What a folder of analysis tables holds, written beside them as {@value #FILE_NAME} once every
 * table is complete: a folder without it is an unfinished or foreign job, and is not attached.
 *
 * @param layout the version of the {@link AnalysisTables} layouts the tables follow
 * @param articles how many articles the tables hold
 * @param errors how many inputs gave no article (their reasons are in the {@code errors} table)
 * @param casebook the id of the casebook the articles were analysed with, or null
 * @param inputs the paths the job read
 * @param writtenBy the Basira version that wrote the tables
 * @param writtenAt when the job finished, as an ISO-8601 instant
 */
public record TablesManifest(int layout, long articles, long errors, String casebook, List<String> inputs,
    String writtenBy, String writtenAt) {

  public static final String FILE_NAME = "basira-tables.json";

  /** The layout this Basira writes and reads; it changes when a table's columns change. */
  public static final int LAYOUT = 1;

  /** The folder of the table of rejected inputs: input and problem, as strings. */
  public static final String ERRORS = "errors";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer job may say more
      .build();

  public TablesManifest {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
  }

  public String toJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest always serialises", e);
    }
  }

  /** Reads a manifest; the exception's message says what is wrong with it. */
  public static TablesManifest fromJson(String json) throws JsonProcessingException {
    return JSON.readValue(json, TablesManifest.class);
  }
}
