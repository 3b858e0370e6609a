/**
 * Analysis of Competing Hypotheses: a matrix of evidence rated against scenarios, and pure
 * functions that score it (weighted inconsistency, diagnosticity, a weighted Bayesian posterior,
 * rankings and their course over months).
 */
package org.basira.scenarios;
