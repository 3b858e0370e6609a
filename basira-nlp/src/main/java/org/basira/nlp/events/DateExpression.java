package org.basira.nlp.events;

import org.basira.model.PartialDate;

/**
 * A date expression in a sentence: its tokens, the token that heads it in the parse, what it says
 * ("last September") and the date it resolves to, or null.
 */
record DateExpression(int first, int last, int head, String text, PartialDate value) {
}
