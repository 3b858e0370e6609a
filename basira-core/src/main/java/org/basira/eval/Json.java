package org.basira.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reads of JSON values: predictions from other tools may bend the contract, and the
 * scorer must read them the way the reference scorer does rather than fail.
 */
final class Json {

  private Json() {
  }

  /** A text field, or null when absent, null or not text. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
  }

  /** A value that may be a single item or a list, as a list of strings; absent or null is empty. */
  static List<String> list(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(pythonString(x)));
    } else {
      out.add(pythonString(v));
    }
    return out;
  }

  /** How the reference scorer prints a value with {@code str()}: null is "None". */
  static String pythonString(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.asBoolean() ? "True" : "False";
    }
    return v.asText();
  }

  static List<JsonNode> objects(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(x -> {
        if (x.isObject()) {
          out.add(x);
        }
      });
    }
    return out;
  }

  static boolean isNull(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }
}
