package org.basira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.basira.json.AnalysisJson;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;

/**
 * The workspace's full-text index: one Lucene document per article (title and text through the
 * English analyser, so "withdrew" finds "withdrawal"), with facets by source, actor and month. The
 * database is the record; this index can always be rebuilt from it.
 */
final class SearchIndex implements AutoCloseable {

  private static final String ID = "id";
  private static final List<String> FACETS = List.of("source", "actor", "month");
  private static final int FACET_VALUES = 10;

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FacetsConfig facets = new FacetsConfig();
  private final IndexWriter writer;

  private SearchIndex(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
    facets.setMultiValued("actor", true);
  }

  static SearchIndex forWriting(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    return new SearchIndex(directory, new IndexWriter(directory, config));
  }

  static SearchIndex forReading(Path folder) throws IOException {
    return new SearchIndex(FSDirectory.open(folder), null);
  }

  void put(Analysis analysis) throws IOException {
    Article article = analysis.article();
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField("source", article.source(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField("source", article.source()));
    if (article.title() != null) {
      doc.add(new TextField("title", article.title(), Field.Store.YES));
    }
    doc.add(new TextField("text", article.text(), Field.Store.YES));
    String month = article.published() == null ? "unknown"
        : String.format("%04d-%02d", article.published().year(), article.published().month());
    doc.add(new StoredField("published", article.published() == null ? "" : article.published().toString()));
    doc.add(new SortedSetDocValuesFacetField("month", month));
    Set<String> names = new HashSet<>();
    for (Actor actor : analysis.actors()) {
      if (actor.type() != ActorType.PLACE && names.add(actor.name())) {
        doc.add(new SortedSetDocValuesFacetField("actor", actor.name()));
      }
    }
    writer.updateDocument(new Term(ID, article.id()), facets.build(doc));
  }

  void delete(String articleId) throws IOException {
    writer.deleteDocuments(new Term(ID, articleId));
  }

  /** Puts {@code analysis} in place of the articles {@code removed}, as they were stored. */
  void replace(List<String> removed, Analysis analysis) throws IOException {
    for (String old : removed) {
      delete(old);
    }
    put(analysis);
  }

  void commit() throws IOException {
    writer.commit();
  }

  /** The ids of the articles the index holds. */
  Set<String> ids() throws IOException {
    Set<String> ids = new HashSet<>();
    try (IndexReader reader = openReader()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            ids.add(stored.document(d, Set.of(ID)).get(ID));
          }
        }
      }
    }
    return ids;
  }

  SearchResult search(String text, int limit) throws IOException {
    Query query = parse(text);
    try (IndexReader reader = openReader()) {
      if (reader.numDocs() == 0) {
        return new SearchResult(0, List.of(), Map.of());
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, Math.max(1, limit),
          new FacetsCollectorManager());
      TopDocs top = found.topDocs();
      FacetsCollector collected = found.facetsCollector();
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
          .build();
      String[] snippets = limit == 0 ? new String[0] : highlighter.highlight("text", query, top, 2);
      List<SearchResult.Hit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < top.scoreDocs.length && i < limit; i++) {
        ScoreDoc hit = top.scoreDocs[i];
        Document doc = stored.document(hit.doc);
        String snippet = snippets[i] == null ? "" : snippets[i].replaceAll("\\s+", " ").strip();
        hits.add(new SearchResult.Hit(doc.get(ID), doc.get("source"), doc.get("title"),
            doc.get("published").isEmpty() ? null : doc.get("published"), hit.score, snippet));
      }
      return new SearchResult(top.totalHits.value, hits, facetCounts(reader, collected));
    }
  }

  private Map<String, List<SearchResult.FacetCount>> facetCounts(IndexReader reader, FacetsCollector collected)
      throws IOException {
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facets);
    Facets counts = new SortedSetDocValuesFacetCounts(state, collected);
    Map<String, List<SearchResult.FacetCount>> all = new LinkedHashMap<>();
    for (String dimension : FACETS) {
      List<SearchResult.FacetCount> values = new ArrayList<>();
      FacetResult result;
      try {
        result = counts.getTopChildren(FACET_VALUES, dimension);
      } catch (IllegalArgumentException e) {
        result = null; // no article has a value for this facet yet
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      all.put(dimension, values);
    }
    return all;
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
        Map.of("title", 2f, "text", 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new WorkspaceException("the query '" + text + "' is not valid (" + firstLine(e.getMessage())
          + "); put phrases in double quotes and escape special characters such as : ( ) with a backslash");
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private IndexReader openReader() throws IOException {
    return writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
  }

  /** Brings the index in line with the database after a crash between the two. */
  void reconcile(Connection db, Path folder) throws SQLException, IOException {
    AnalysisJson json = new AnalysisJson();
    Set<String> stored = new HashSet<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    Set<String> indexed = ids();
    boolean changed = false;
    for (String id : indexed) {
      if (!stored.contains(id)) {
        delete(id);
        changed = true;
      }
    }
    try (PreparedStatement ps = db.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
      for (String id : stored) {
        if (indexed.contains(id)) {
          continue;
        }
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            put(json.fromLine(rs.getString(1)));
            changed = true;
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new WorkspaceException("a stored analysis in " + folder + " cannot be read back (" + e.getOriginalMessage()
          + "); report this with the workspace", e);
    }
    if (changed) {
      commit();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
