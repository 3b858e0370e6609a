package org.basira.app.web;

/** The frame every page shares: title, navigation, the main part and the script that adds clicks. */
final class Page {

  private static final String[][] NAV = {
      {"/", "Overview"}, {"/actors", "Actors"}, {"/timeline", "Timeline"}, {"/map", "Map"}, {"/claims", "Claims"},
      {"/search", "Search"}, {"/scenarios", "Scenario board"}};

  private Page() {
  }

  /** A whole page; {@code main} is HTML already escaped, {@code title} plain text. */
  static String of(String title, String here, String main) {
    StringBuilder nav = new StringBuilder();
    for (String[] item : NAV) {
      nav.append("<li><a href=\"").append(item[0]).append('"').append(item[0].equals(here) ? " aria-current=\"page\"" : "")
          .append('>').append(item[1]).append("</a></li>");
    }
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Basira</title>
        <link rel="stylesheet" href="/static/basira.css">
        <script type="module" src="/static/basira.js"></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header><a class="brand" href="/">Basira</a><nav aria-label="Pages"><ul>%s</ul></nav>
        <form class="quick" action="/search" role="search"><label for="quick-q" class="visually-hidden">Search articles</label>
        <input id="quick-q" name="q" type="search" placeholder="Search articles" accesskey="s"></form></header>
        <main id="main" tabindex="-1">
        <h1>%s</h1>
        %s
        </main>
        </body>
        </html>
        """.formatted(Html.text(title), nav, Html.text(title), main);
  }
}
