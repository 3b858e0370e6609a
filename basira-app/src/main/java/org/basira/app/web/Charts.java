package org.basira.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Charts drawn on the server as SVG: no script and no library, so they print, work offline and are
 * read by tests like the rest of the page. Every label goes through {@link Html#text}.
 */
final class Charts {

  /** PLOVER's quad classes in the order the bars stack them, cooperation at the bottom. */
  static final List<String> QUAD_CLASSES = List.of("verbal_cooperation", "material_cooperation", "verbal_conflict",
      "material_conflict");

  private static final int WIDTH = 720;
  private static final int HEIGHT = 220;
  private static final int LEFT = 40;
  private static final int BOTTOM = 30;

  private Charts() {
  }

  /**
   * The months from the first to the last, each with its counts, a month without events empty: a
   * chart that leaves out quiet months hides the gaps an analyst looks for.
   */
  static SortedMap<String, Map<String, Integer>> everyMonth(SortedMap<String, Map<String, Integer>> months) {
    SortedMap<String, Map<String, Integer>> all = new java.util.TreeMap<>(months);
    if (months.isEmpty()) {
      return all;
    }
    java.time.YearMonth last = java.time.YearMonth.parse(months.lastKey());
    for (java.time.YearMonth m = java.time.YearMonth.parse(months.firstKey()); m.isBefore(last); m = m.plusMonths(1)) {
      all.putIfAbsent(m.toString(), Map.of());
    }
    return all;
  }

  /**
   * Events a month, stacked by quad class.
   *
   * @param months month ("2021-08") to quad class to count, in month order
   */
  static String monthlyBars(SortedMap<String, Map<String, Integer>> months, String title) {
    if (months.isEmpty()) {
      return "<p class=\"empty\">No dated events to chart.</p>";
    }
    int max = 1;
    for (Map<String, Integer> counts : months.values()) {
      max = Math.max(max, counts.values().stream().mapToInt(Integer::intValue).sum());
    }
    double slot = (WIDTH - LEFT - 10) / (double) months.size();
    double bar = Math.max(2, slot * 0.7);
    double plot = HEIGHT - BOTTOM - 10;
    StringBuilder svg = open(title);
    axis(svg, max, plot);
    int i = 0;
    int every = Math.max(1, months.size() / 12);
    for (Map.Entry<String, Map<String, Integer>> month : months.entrySet()) {
      double x = LEFT + i * slot + (slot - bar) / 2;
      double y = HEIGHT - BOTTOM;
      for (String quad : QUAD_CLASSES) {
        int n = month.getValue().getOrDefault(quad, 0);
        if (n == 0) {
          continue;
        }
        double h = plot * n / max;
        y -= h;
        svg.append(String.format(Locale.ROOT, "<rect class=\"q-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
            + "<title>%s %s: %d</title></rect>", quad, x, y, bar, h, Html.text(month.getKey()), label(quad), n));
      }
      if (i % every == 0) {
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%s</text>", x,
            HEIGHT - BOTTOM + 14, Html.text(month.getKey())));
      }
      i++;
    }
    svg.append("</svg>");
    StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
    for (String quad : QUAD_CLASSES) {
      legend.append("<li><span class=\"swatch q-").append(quad).append("\"></span>").append(label(quad)).append("</li>");
    }
    return svg + legend.toString() + "</ul>";
  }

  /**
   * One line per series over the same months, for the scenario ranking over time.
   *
   * @param series name to one value per month (null where there is none)
   */
  static String lines(List<String> months, Map<String, List<Double>> series, double min, double max, String title) {
    if (months.isEmpty()) {
      return "<p class=\"empty\">No dated evidence to chart.</p>";
    }
    StringBuilder svg = open(title);
    double plot = HEIGHT - BOTTOM - 10;
    double span = max - min == 0 ? 1 : max - min;
    double step = months.size() == 1 ? 0 : (WIDTH - LEFT - 20) / (double) (months.size() - 1);
    svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT,
        HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
    svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"2\" y=\"14\">%.2f</text>", max));
    svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"2\" y=\"%d\">%.2f</text>", HEIGHT - BOTTOM, min));
    int every = Math.max(1, months.size() / 10);
    for (int m = 0; m < months.size(); m += every) {
      svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%s</text>", LEFT + m * step,
          HEIGHT - BOTTOM + 14, Html.text(months.get(m))));
    }
    int k = 0;
    StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
    for (Map.Entry<String, List<Double>> line : series.entrySet()) {
      List<String> points = new ArrayList<>();
      for (int m = 0; m < months.size(); m++) {
        Double v = line.getValue().get(m);
        if (v != null) {
          double x = LEFT + m * step;
          double y = HEIGHT - BOTTOM - plot * (v - min) / span;
          points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
          svg.append(String.format(Locale.ROOT, "<circle class=\"s%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s %s: %.3f"
              + "</title></circle>", k % 6, x, y, Html.text(line.getKey()), Html.text(months.get(m)), v));
        }
      }
      svg.append("<polyline class=\"s").append(k % 6).append("\" points=\"").append(String.join(" ", points))
          .append("\"/>");
      legend.append("<li><span class=\"swatch s").append(k % 6).append("\"></span>").append(Html.text(line.getKey()))
          .append("</li>");
      k++;
    }
    svg.append("</svg>");
    return svg + legend.toString() + "</ul>";
  }

  /** An actor in the middle, the actors seen with it around, lines as thick as what joins them. */
  record Node(String name, String href, long weight, long acts) {
  }

  static String egoNetwork(String centre, List<Node> around, String title) {
    if (around.isEmpty()) {
      return "<p class=\"empty\">No other actor is named with this one.</p>";
    }
    int size = 420;
    double c = size / 2.0;
    double r = size / 2.0 - 70;
    long max = around.stream().mapToLong(Node::weight).max().orElse(1);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart network\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", size, size,
        Html.text(title)));
    for (int i = 0; i < around.size(); i++) {
      Node n = around.get(i);
      double a = 2 * Math.PI * i / around.size() - Math.PI / 2;
      double x = c + r * Math.cos(a);
      double y = c + r * Math.sin(a);
      svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
          + "stroke-width=\"%.1f\"><title>%s: %d articles together, %d events between them</title></line>",
          n.acts() > 0 ? "edge acts" : "edge", c, c, x, y, 1 + 5.0 * n.weight() / max, Html.text(n.name()),
          n.weight(), n.acts()));
      svg.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\"/>"
          + "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">%s</text></a>", Html.text(n.href()), x, y, x + 8, y + 4,
          Html.text(shorten(n.name()))));
    }
    svg.append(String.format(Locale.ROOT, "<circle class=\"node centre\" cx=\"%.1f\" cy=\"%.1f\" r=\"10\"/>"
        + "<text class=\"label centre\" x=\"%.1f\" y=\"%.1f\">%s</text></svg>", c, c, c + 12, c + 4,
        Html.text(shorten(centre))));
    return svg.toString();
  }

  static String label(String quadClass) {
    return quadClass.replace('_', ' ');
  }

  private static String shorten(String name) {
    return name.length() <= 28 ? name : name.substring(0, 27) + "…";
  }

  private static StringBuilder open(String title) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, Html.text(title)));
  }

  private static void axis(StringBuilder svg, int max, double plot) {
    svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT,
        HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
    svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"4\" y=\"%.1f\">%d</text>", HEIGHT - BOTTOM - plot + 4,
        max));
    svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"4\" y=\"%d\">0</text>", HEIGHT - BOTTOM));
  }
}
