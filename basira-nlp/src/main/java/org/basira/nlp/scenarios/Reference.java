package org.basira.nlp.scenarios;

/**
 * A passage found to refer to a scenario, in tokens of the article.
 *
 * @param head the token the stance is read from: the frame noun, the term, or the phrase's last word
 */
record Reference(String scenario, int first, int last, int head) {
}
