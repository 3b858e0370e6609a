package org.basira.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.basira.analysis.ArticleAnalysis;
import org.basira.analysis.Outcome;
import org.basira.casebook.Casebook;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;
import org.basira.pdf.PdfReader;
import org.basira.read.Format;
import org.basira.read.Input;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Table;
import org.basira.tables.TableRows;
import org.basira.tables.TablesManifest;
import scala.Tuple2;

/**
 * Read and analyse over a Spark cluster, writing the workspace's tables as Parquet:
 * <ol>
 *   <li>each input file is read by one task with the CLI's readers (reading costs a thousandth of
 *       analysing, so files are not split);</li>
 *   <li>articles with the same text (the same id) are kept once, and spread over the analysis
 *       partitions by id;</li>
 *   <li>each partition analyses its articles with the executor's one pipeline
 *       ({@link ExecutorAnalysis});</li>
 *   <li>every table is derived from the analyses as {@code basira ingest} derives it, and an
 *       {@code errors} table takes each input that gave no analysis, with the reason;</li>
 *   <li>the manifest is written last, so a folder without one is an unfinished run.</li>
 * </ol>
 */
final class ArchiveJob {

  private final SparkSession spark;

  ArchiveJob(SparkSession spark) {
    this.spark = spark;
  }

  /** What a run did. */
  record Report(TablesManifest manifest, long pipelinesLoaded) {
  }

  Report run(JobSettings settings) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    // Folders are read whole, subfolders included, as the CLI reads them.
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path output = new Path(settings.output());
    FileSystem outputFs = output.getFileSystem(hadoop);
    if (outputFs.exists(output) && outputFs.listStatus(output).length > 0) {
      throw new JobException(output + " exists and is not empty; name a new folder for the tables");
    }

    List<Rejected> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (String input : settings.inputs()) {
      Path path = new Path(input);
      FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
      if (found == null || found.length == 0) {
        missing.add(new Rejected(input, "does not exist; check the path", "read"));
      } else {
        present.add(input);
      }
    }
    if (present.isEmpty()) {
      throw new JobException("none of the inputs exists (" + String.join(", ", settings.inputs())
          + "); check the paths");
    }

    int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * jsc.defaultParallelism();
    JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", present), jsc.defaultParallelism());
    JavaRDD<Object> read = files.mapPartitions(part -> {
      // One set of readers per partition: a partition may hold thousands of small files.
      Readers readers = Readers.standard().with(Format.PDF, new PdfReader());
      ReadOptions options = settings.readOptions();
      return new Flattened<>(part, file -> readFile(readers, file._1(), file._2(), options));
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());

    JavaRDD<ArticleRecord> articles = read.filter(r -> r instanceof ArticleRecord).map(r -> (ArticleRecord) r)
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        // The same text from several inputs: keep the one from the first input, whatever the order of tasks.
        .reduceByKey((a, b) -> a.input().compareTo(b.input()) <= 0 ? a : b, partitions)
        .values();

    LongAccumulator loads = jsc.sc().longAccumulator("basira pipelines loaded");
    ExecutorAnalysis analysis = new ExecutorAnalysis(settings.casebook(), settings.casebookSource(),
        settings.maxChars(), loads);
    Casebook casebook = analysis.casebook(); // a casebook that does not parse fails here, before any work
    Broadcast<ExecutorAnalysis> shared = jsc.broadcast(analysis);
    JavaRDD<Object> analysed = articles.mapPartitions(part -> analyse(part, shared.value().get()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    Instant now = Instant.now();
    JavaRDD<Analysed> done = analysed.filter(r -> r instanceof Analysed).map(r -> (Analysed) r);
    for (Table table : AnalysisTables.ALL) {
      String name = table.name();
      JavaRDD<Row> rows = done.mapPartitions(part -> rows(part, name, now));
      spark.createDataFrame(rows, SparkTables.schema(table)).write().mode(SaveMode.ErrorIfExists)
          .parquet(new Path(output, table.name()).toString());
    }
    JavaRDD<Rejected> rejected = read.filter(r -> r instanceof Rejected).map(r -> (Rejected) r)
        .union(analysed.filter(r -> r instanceof Rejected).map(r -> (Rejected) r))
        .union(jsc.parallelize(missing, 1));
    spark.createDataFrame(rejected.map(SparkTables::row), SparkTables.ERRORS).coalesce(1).write()
        .mode(SaveMode.ErrorIfExists).parquet(new Path(output, TablesManifest.ERRORS).toString());

    TablesManifest manifest = new TablesManifest(TablesManifest.LAYOUT, done.count(), rejected.count(),
        casebook == null ? null : casebook.id(), settings.inputs(), version(),
        Instant.now().toString());
    try (OutputStream out = outputFs.create(new Path(output, TablesManifest.FILE_NAME), false)) {
      out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
    }
    read.unpersist(false);
    analysed.unpersist(false);
    return new Report(manifest, loads.value());
  }

  /** Reads one file with the CLI's readers; each article or failure becomes one record. */
  private static Iterator<Object> readFile(Readers readers, String uri, PortableDataStream stream,
      ReadOptions options) {
    Path path = new Path(uri);
    if (!Readers.readsInFolder(path.getName(), options)) {
      return List.<Object>of().iterator(); // as the CLI skips files of other types in a folder
    }
    // Messages name a local file by its path, as the CLI does, and any other by its URI.
    String location = "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : uri;
    Input input = Input.at(path.getName(), location, stream::open);
    // Lazily, a record at a time: one file may hold millions of articles.
    Stream<ReadResult> results = readers.read(input, options);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> results.close());
    }
    return new FileRecords(location, results);
  }

  /** A file's articles and failures as job records, read lazily, closing the file at its end. */
  private static final class FileRecords implements Iterator<Object> {
    private final String location;
    private final Stream<ReadResult> results;
    private Iterator<ReadResult> each;
    private Rejected broken;

    FileRecords(String location, Stream<ReadResult> results) {
      this.location = location;
      this.results = results;
      this.each = results.iterator();
    }

    @Override
    public boolean hasNext() {
      if (broken != null) {
        return true;
      }
      try {
        boolean more = each.hasNext();
        if (!more) {
          results.close();
        }
        return more;
      } catch (RuntimeException e) { // readers report bad content as failures; this is the file system failing
        results.close();
        each = Collections.emptyIterator();
        broken = new Rejected(location, "could not be read (" + e.getMessage() + ")", "read");
        return true;
      }
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (broken != null) {
        Rejected r = broken;
        broken = null;
        return r;
      }
      ReadResult r = each.next();
      return r instanceof ReadResult.Success s ? ArticleRecord.of(s.input(), s.article())
          : new Rejected(r.input(), ((ReadResult.Failure) r).problem(), "read");
    }
  }

  private static Iterator<Object> analyse(Iterator<ArticleRecord> articles, ArticleAnalysis analysis) {
    AnalysisJson json = new AnalysisJson();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Object next() {
        ArticleRecord article = articles.next();
        Outcome outcome = analysis.of(new ReadResult.Success(article.input(), article.article()));
        if (outcome instanceof Outcome.Analysed a) {
          return new Analysed(article.input(), article.id(), json.toLine(a.analysis(), true));
        }
        return new Rejected(article.input(), ((Outcome.Failed) outcome).problem(), "analyse");
      }
    };
  }

  /** One table's rows from a partition of analyses, as the workspace derives them; lazily, a row at a time. */
  private static Iterator<Row> rows(Iterator<Analysed> analyses, String table, Instant ingestedAt) {
    AnalysisJson json = new AnalysisJson();
    return new Flattened<>(analyses,
        analysed -> rowsOf(json, analysed, table, ingestedAt).stream().map(SparkTables::row).iterator());
  }

  private static List<Object[]> rowsOf(AnalysisJson json, Analysed analysed, String table, Instant ingestedAt) {
    Analysis analysis;
    try {
      analysis = json.fromLine(analysed.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an analysis written by this job does not read back: " + analysed.input(), e);
    }
    if (table.equals(AnalysisTables.ARTICLES.name())) {
      return AnalysisTables.articleRow(analysis, analysed.json(), ingestedAt, null).rows();
    }
    for (TableRows tableRows : AnalysisTables.derivedRows(analysis)) {
      if (tableRows.table().name().equals(table)) {
        return tableRows.rows();
      }
    }
    throw new IllegalArgumentException("no table " + table);
  }

  private static String version() {
    Package p = ArchiveJob.class.getPackage();
    return p == null || p.getImplementationVersion() == null ? "basira-spark" : "basira-spark " + p.getImplementationVersion();
  }
}
