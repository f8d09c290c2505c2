package briefing.job;

import briefing.topics.TermVector;
import briefing.vectorize.TextVectorizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Vectors of labelled articles for training and evaluation, which happen on the driver (Tribuo trains in one
 * JVM). Only for the labelled set; the nightly job never brings articles to the driver.
 */
final class DriverVectors {
    private static final StructType ARTICLE = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    private DriverVectors() {}

    static Dataset<Row> toDataFrame(SparkSession spark, List<LabelledArticle> articles) {
        List<Row> rows = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) rows.add(RowFactory.create(a.id(), a.title(), a.text()));
        // One partition keeps the rows in list order, which of() relies on.
        return spark.createDataFrame(rows, ARTICLE).coalesce(1);
    }

    /** The articles' vectors, in the list's order. */
    static List<TermVector> of(SparkSession spark, PipelineModel vectorizer, List<LabelledArticle> articles) {
        String[] vocabulary = TextVectorizer.vocabulary(vectorizer);
        List<Row> rows = TextVectorizer.vectorise(vectorizer, toDataFrame(spark, articles)).select(TextVectorizer.FEATURES).collectAsList();
        List<TermVector> vectors = new ArrayList<>(rows.size());
        for (Row row : rows) {
            vectors.add(termVector((Vector) row.get(0), vocabulary));
        }
        return vectors;
    }

    static TermVector termVector(Vector features, String[] vocabulary) {
        SparseVector sparse = features.toSparse();
        int[] indices = sparse.indices();
        String[] terms = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            terms[i] = vocabulary[indices[i]];
        }
        return new TermVector(terms, sparse.values());
    }
}
