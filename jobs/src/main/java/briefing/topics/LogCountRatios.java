package briefing.topics;

import briefing.vectorize.TermVector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-topic log-count ratios of NB-LR (Wang and Manning, 2012), a weight per vocabulary term and topic that says
 * how much more often the topic's articles contain the term than the other articles do. For topic t, over the
 * training rows: {@code p_j = alpha + positives containing term j}, {@code q_j = alpha + negatives containing term j},
 * {@code l_j = ln((p_j / sum p) / (q_j / sum q))}, and the ratio is {@code r_j = sign(l_j) |l_j|^beta}. A topic's
 * features are then {@code r ∘ x / ||r ∘ x||}: the article's vector scaled by the ratios and L2-normalised again.
 *
 * <p>Held as 32-bit floats laid out by vocabulary id ({@code [topic in Topics.ALL order][term id]}); training uses
 * the same rounded values that are saved, so a saved model scores exactly as the trained one did.
 */
public final class LogCountRatios {
    /** The additive smoothing of the counts. */
    public static final double ALPHA = 1.0;

    private final String[] vocabulary;
    private final float[][] byTopic;
    private final Map<String, Integer> ids;

    /** @param byTopic for each topic of {@link Topics#ALL}, one ratio per vocabulary term, in vocabulary order */
    public LogCountRatios(String[] vocabulary, float[][] byTopic) {
        if (byTopic.length != Topics.ALL.size()) {
            throw new IllegalArgumentException("need ratios for " + Topics.ALL.size() + " topics, got " + byTopic.length);
        }
        for (float[] ratios : byTopic) {
            if (ratios.length != vocabulary.length) {
                throw new IllegalArgumentException("ratios for " + ratios.length + " terms, but the vocabulary has " + vocabulary.length);
            }
            for (float r : ratios) {
                if (!Float.isFinite(r)) throw new IllegalArgumentException("a log-count ratio is not a finite number: " + r);
            }
        }
        this.vocabulary = vocabulary;
        this.byTopic = byTopic;
        this.ids = new HashMap<>(vocabulary.length * 2);
        for (int id = 0; id < vocabulary.length; id++) ids.put(vocabulary[id], id);
    }

    /** Fits the ratios of every topic on these training rows; a term's presence is a non-zero value in a row's vector. */
    public static LogCountRatios fit(List<LabelledVector> rows, String[] vocabulary, double beta) {
        if (!(beta > 0)) throw new IllegalArgumentException("the ratio exponent must be positive, got " + beta);
        Map<String, Integer> ids = new HashMap<>(vocabulary.length * 2);
        for (int id = 0; id < vocabulary.length; id++) ids.put(vocabulary[id], id);
        float[][] byTopic = new float[Topics.ALL.size()][];
        for (int t = 0; t < Topics.ALL.size(); t++) {
            String topic = Topics.ALL.get(t);
            double[] p = new double[vocabulary.length];
            double[] q = new double[vocabulary.length];
            java.util.Arrays.fill(p, ALPHA);
            java.util.Arrays.fill(q, ALPHA);
            for (LabelledVector row : rows) {
                double[] counts = row.topics().contains(topic) ? p : q;
                TermVector v = row.vector();
                for (int i = 0; i < v.size(); i++) {
                    Integer id = ids.get(v.term(i));
                    if (id != null && v.weights()[i] != 0) counts[id]++;
                }
            }
            byTopic[t] = ratios(p, q, beta);
        }
        return new LogCountRatios(vocabulary, byTopic);
    }

    /** {@code sign(l) |l|^beta} of {@code l_j = ln((p_j / sum p) / (q_j / sum q))}, rounded to floats. */
    static float[] ratios(double[] p, double[] q, double beta) {
        double sumP = 0, sumQ = 0;
        for (double x : p) sumP += x;
        for (double x : q) sumQ += x;
        float[] r = new float[p.length];
        for (int j = 0; j < p.length; j++) {
            double l = Math.log((p[j] / sumP) / (q[j] / sumQ));
            r[j] = (float) (Math.signum(l) * Math.pow(Math.abs(l), beta));
        }
        return r;
    }

    public String[] vocabulary() {
        return vocabulary;
    }

    /** The ratios of topic {@code Topics.ALL.get(topic)}, by term id (the array itself: do not modify). */
    float[] byId(int topic) {
        return byTopic[topic];
    }

    /** The ratio of a term for a topic; 0 for a term outside the vocabulary (it adds nothing to the scaled vector). */
    public double ratio(int topic, String term) {
        Integer id = ids.get(term);
        return id == null ? 0 : byTopic[topic][id];
    }

    /** {@code ||r ∘ x||} for the topic. */
    public double norm(int topic, TermVector vector) {
        double sum = 0;
        for (int i = 0; i < vector.size(); i++) {
            double scaled = ratio(topic, vector.term(i)) * vector.weights()[i];
            sum += scaled * scaled;
        }
        return Math.sqrt(sum);
    }

    /** The topic's features for an article: {@code r ∘ x / ||r ∘ x||}; zeros when the article has no term with a ratio. */
    public TermVector scale(int topic, TermVector vector) {
        double norm = norm(topic, vector);
        double[] scaled = new double[vector.size()];
        if (norm > 0) {
            for (int i = 0; i < scaled.length; i++) scaled[i] = ratio(topic, vector.term(i)) * vector.weights()[i] / norm;
        }
        return new TermVector(vector.vocabulary(), vector.ids(), scaled);
    }

    /** The ratios as big-endian 32-bit floats, topic after topic in {@link Topics#ALL} order, each in vocabulary order. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(Topics.ALL.size() * vocabulary.length * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        for (float[] ratios : byTopic) for (float r : ratios) buffer.putFloat(r);
        return buffer.array();
    }

    /** Reads {@link #toBytes()}'s form for this vocabulary; refuses bytes of another length or with a non-finite value. */
    public static LogCountRatios fromBytes(byte[] bytes, String[] vocabulary) {
        long expected = (long) Topics.ALL.size() * vocabulary.length * Float.BYTES;
        if (bytes.length != expected) {
            throw new IllegalArgumentException("the ratios file has " + bytes.length + " bytes; " + Topics.ALL.size() + " topics x "
                    + vocabulary.length + " terms x 4 need " + expected);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        float[][] byTopic = new float[Topics.ALL.size()][vocabulary.length];
        for (float[] ratios : byTopic) for (int j = 0; j < ratios.length; j++) ratios[j] = buffer.getFloat();
        return new LogCountRatios(vocabulary, byTopic);
    }
}
