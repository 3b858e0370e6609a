package org.basira.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;

/**
 * Who may do what. Reading is open to whoever can reach the server, which by default is this machine
 * alone. Writing (an analyst's rating) needs, on every server, a request from Basira's own pages
 * (the CSRF token they carry, and no foreign Origin); on a server bound beyond loopback it also needs
 * the write token printed at start, as a cookie the printed link sets or as a Bearer header.
 */
final class Guard {

  static final String CSRF_FIELD = "csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String TOKEN_COOKIE = "basira_token";
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  private final String csrf;
  private final String writeToken;
  private final String bind;

  /**
   * @param writeToken the token writes need, or null on a loopback server, where none is needed
   */
  Guard(String bind, String writeToken) {
    this.bind = bind;
    this.writeToken = writeToken;
    this.csrf = random();
  }

  static boolean isLoopback(String bind) {
    return LOOPBACK.contains(bind);
  }

  static String random() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The token every form of this server carries. */
  String csrf() {
    return csrf;
  }

  String writeToken() {
    return writeToken;
  }

  /** Runs before every request. */
  void check(Context ctx) {
    if (isLoopback(bind)) {
      // A page elsewhere must not reach a loopback server through a name it controls (DNS rebinding).
      String host = ctx.host() == null ? "" : ctx.host().replaceFirst(":\\d+$", "");
      if (!LOOPBACK.contains(host)) {
        throw new ForbiddenResponse("this Basira server answers only as localhost or 127.0.0.1");
      }
    }
    String token = ctx.queryParam("token");
    if (writeToken != null && token != null && same(token, writeToken)) {
      ctx.cookie(new io.javalin.http.Cookie(TOKEN_COOKIE, writeToken, "/", -1, false, 0, true, null, null,
          io.javalin.http.SameSite.STRICT));
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS) {
      checkWrite(ctx);
    }
  }

  private void checkWrite(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !origin.endsWith("://" + ctx.host())) {
      throw new ForbiddenResponse("a write from another site (" + origin + ") is refused");
    }
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null && ctx.isFormUrlencoded()) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    if (sent == null || !same(sent, csrf)) {
      throw new ForbiddenResponse("a write needs the CSRF token of this server's pages (form field '" + CSRF_FIELD
          + "' or header " + CSRF_HEADER + "); reload the page and try again");
    }
    if (writeToken != null) {
      String bearer = ctx.header("Authorization");
      String given = bearer != null && bearer.startsWith("Bearer ") ? bearer.substring(7) : ctx.cookie(TOKEN_COOKIE);
      if (given == null || !same(given, writeToken)) {
        throw new UnauthorizedResponse("this server is reachable beyond this machine, so writes need its token: open "
            + "the link 'basira serve' printed, or send 'Authorization: Bearer TOKEN'");
      }
    }
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
