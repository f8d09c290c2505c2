package briefing.testing;

import briefing.training.LabelledArticle;
import briefing.vectorize.TermVector;
import briefing.vectorize.TextVectorizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles' vectors as MLlib's own transform of a fitted pipeline gives them (the job reads the pipeline's stages in
 * plain Java instead): the reference the tests hold the job's vectors and scores to.
 */
public final class MllibVectors {
    private static final StructType ARTICLE = new StructType().add("title", DataTypes.StringType).add("text", DataTypes.StringType);

    private MllibVectors() {}

    /**
     * @param vocabulary the vocabulary array the vectors are to carry: the pipeline's terms, as the classifier that
     *                   scores them holds them (a model's loaded vocabulary)
     */
    public static List<TermVector> of(SparkSession spark, PipelineModel pipeline, List<LabelledArticle> articles, String[] vocabulary) {
        if (!java.util.Arrays.equals(vocabulary, TextVectorizer.vocabulary(pipeline))) {
            throw new IllegalArgumentException("the vocabulary is not the pipeline's");
        }
        List<Row> rows = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) rows.add(RowFactory.create(a.title(), a.text()));
        // One partition keeps the rows in the list's order.
        List<Row> out = TextVectorizer.vectorise(pipeline, spark.createDataFrame(rows, ARTICLE).coalesce(1))
                .select(TextVectorizer.FEATURES).collectAsList();
        List<TermVector> vectors = new ArrayList<>(out.size());
        for (Row row : out) {
            SparseVector sparse = ((Vector) row.get(0)).toSparse();
            vectors.add(new TermVector(vocabulary, sparse.indices(), sparse.values()));
        }
        return vectors;
    }
}
