package org.basira.spark;

import java.io.Serializable;
import java.util.List;
import org.basira.model.PartialDate;
import org.basira.read.Format;
import org.basira.read.ReadOptions;

/**
 * What one run of the job reads, how, and where it writes.
 *
 * @param inputs files, folders (read recursively) or globs, on any Hadoop file system
 * @param output the folder the tables are written to; it must not hold anything yet
 * @param format the format's name (null: by extension, as the CLI chooses)
 * @param published the publication date of articles whose input gives none, or null
 * @param casebook the casebook's YAML, or null for none
 * @param casebookSource how messages name the casebook
 * @param partitions how many partitions the articles are analysed in; 0 lets the job choose
 * @param maxChars longer articles are rejected as data errors
 */
record JobSettings(List<String> inputs, String output, String format, String published, byte[] casebook,
    String casebookSource, int partitions, int maxChars) implements Serializable {

  JobSettings {
    inputs = List.copyOf(inputs);
  }

  /** How the CLI's readers are told the same; built where they run, as the model's records are not serialisable. */
  ReadOptions readOptions() {
    return new ReadOptions(format == null ? null : Format.valueOf(format), null, null,
        published == null ? null : PartialDate.parse(published));
  }
}
