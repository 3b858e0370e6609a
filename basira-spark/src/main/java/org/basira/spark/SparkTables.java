package org.basira.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.basira.tables.Column;
import org.basira.tables.ColumnType;
import org.basira.tables.Table;

/** The workspace's table layouts as Spark schemas and rows. */
final class SparkTables {

  /** The errors table: inputs that gave no analysis. */
  static final StructType ERRORS = new StructType(new StructField[] {
      DataTypes.createStructField("input", DataTypes.StringType, false),
      DataTypes.createStructField("problem", DataTypes.StringType, false),
      DataTypes.createStructField("stage", DataTypes.StringType, false)});

  private SparkTables() {
  }

  static StructType schema(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      fields.add(DataTypes.createStructField(column.name(), type(column.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(ColumnType type) {
    return switch (type) {
      case TEXT -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case DOUBLE -> DataTypes.DoubleType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
    };
  }

  /** A row of the layouts' values as Spark takes them: dates and instants as their java.sql types. */
  static Row row(Object[] values) {
    Object[] converted = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof LocalDate date) {
        value = Date.valueOf(date);
      } else if (value instanceof Instant instant) {
        value = Timestamp.from(instant);
      }
      converted[i] = value;
    }
    return RowFactory.create(converted);
  }

  static Row row(Rejected rejected) {
    return RowFactory.create(rejected.input(), rejected.problem(), rejected.stage());
  }
}
