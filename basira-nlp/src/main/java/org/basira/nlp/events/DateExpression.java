package org.basira.nlp.events;

/** A date expression in a sentence: its tokens, the token that heads it in the parse, and what it says ("last September"). */
record DateExpression(int first, int last, int head, String text) {
}
