package briefing.io;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** Builds rows in the {@link RawArticles} shape. */
final class RawRows {
    private RawRows() {}

    static Row article(String id, String title, String text, String publishedAt, String source, String url,
                       String file, Long line, List<String> flags) {
        return RowFactory.create(id, title, text, publishedAt, source, url, file, line,
                CollectionConverters.asScala(flags).toSeq(), null, null, null);
    }

    static Row rejected(String file, Long line, RejectReason reason, String message, String raw) {
        return RowFactory.create(null, null, null, null, null, null, file, line,
                CollectionConverters.asScala(List.<String>of()).toSeq(), reason.name(), message, ArticleValidator.cut(raw));
    }
}
