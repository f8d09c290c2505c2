package briefing.training;

import briefing.io.HadoopFiles;
import briefing.topics.OutOfFoldScores;
import briefing.topics.Reliability;
import briefing.topics.ThresholdCurve;
import briefing.topics.TopicEvaluation;
import briefing.topics.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report of a cross-validation, written to a folder: {@code report.md} (figures, calibration, thresholds),
 * {@code report.json} (the same and the curves, for machines), {@code precision-recall.png} (precision and recall
 * against threshold, one panel per topic) and {@code reliability.png} (observed frequency against mean score per
 * score bin, per topic). Every figure comes from the held-out scores it is given.
 */
public final class EvaluationReport {
    public static final String MARKDOWN = "report.md";
    public static final String JSON_FILE = "report.json";
    public static final String PRECISION_RECALL_PNG = "precision-recall.png";
    public static final String RELIABILITY_PNG = "reliability.png";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String title;
    private final TopicEvaluation evaluation;
    private final OutOfFoldScores heldOut;
    private final List<Map<String, Double>> foldThresholds;
    private final Map<String, Reliability> reliability = new LinkedHashMap<>();
    private final Map<String, ThresholdCurve> curves = new LinkedHashMap<>();

    /** @param title what was evaluated, e.g. "5-fold cross-validation of the recipe (...) on topics.jsonl" */
    public EvaluationReport(String title, TopicEvaluation evaluation, OutOfFoldScores heldOut, List<Map<String, Double>> foldThresholds) {
        this.title = title;
        this.evaluation = evaluation;
        this.heldOut = heldOut;
        this.foldThresholds = foldThresholds;
        for (String topic : Topics.ALL) {
            reliability.put(topic, Reliability.of(heldOut.scores(topic), heldOut.truth(topic)));
            curves.put(topic, ThresholdCurve.of(heldOut.scores(topic), heldOut.truth(topic)));
        }
    }

    public Map<String, Reliability> reliability() {
        return reliability;
    }

    public void write(HadoopFiles files, String dir) throws IOException {
        files.writeText(dir + "/" + MARKDOWN, markdown());
        files.writeText(dir + "/" + JSON_FILE, JSON.writeValueAsString(json()) + "\n");
        files.write(dir + "/" + PRECISION_RECALL_PNG, precisionRecallChart());
        files.write(dir + "/" + RELIABILITY_PNG, reliabilityChart());
    }

    /** Brier score and ECE per topic, as a Markdown table (also in model cards). */
    public String calibrationTable() {
        StringBuilder sb = new StringBuilder("| topic | Brier score | expected calibration error (10 bins) | positives | rows |\n|---|---:|---:|---:|---:|\n");
        reliability.forEach((topic, r) -> {
            int positives = 0;
            for (boolean t : heldOut.truth(topic)) if (t) positives++;
            sb.append(String.format("| %s | %.4f | %.4f | %d | %d |%n", topic, r.brier(), r.expectedCalibrationError(), positives, heldOut.truth().size()));
        });
        return sb.toString();
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("# Evaluation report\n\n").append(title).append(", ").append(evaluation.articles())
                .append(" articles; every figure is computed on held-out rows.\n\n## Labels\n\n").append(evaluation.toMarkdownTable());
        sb.append("\n## Calibration of `topic_scores`\n\n").append(calibrationTable());
        sb.append("\n![reliability](").append(RELIABILITY_PNG).append(")\n\nPer score bin (rows, mean score, observed share carrying the topic):\n\n");
        sb.append("| bin |");
        for (String topic : Topics.ALL) sb.append(' ').append(topic).append(" |");
        sb.append("\n|---|").append("---|".repeat(Topics.ALL.size())).append('\n');
        for (int b = 0; b < Reliability.BINS; b++) {
            Reliability.Bin first = reliability.get(Topics.ALL.get(0)).bins().get(b);
            sb.append(String.format("| %.1f-%.1f |", first.from(), first.to()));
            for (String topic : Topics.ALL) {
                Reliability.Bin bin = reliability.get(topic).bins().get(b);
                sb.append(bin.rows() == 0 ? " 0 |" : String.format(" %d, %.2f, %.2f |", bin.rows(), bin.meanScore(), bin.observed()));
            }
            sb.append('\n');
        }
        sb.append("\n## Precision and recall against threshold\n\n![precision and recall](").append(PRECISION_RECALL_PNG).append(")\n\n");
        sb.append("Thresholds each fold's model chose (inside its training rows):\n\n| fold |");
        for (String topic : Topics.ALL) sb.append(' ').append(topic).append(" |");
        sb.append("\n|---|").append("---:|".repeat(Topics.ALL.size())).append('\n');
        for (int f = 0; f < foldThresholds.size(); f++) {
            sb.append("| ").append(f + 1).append(" |");
            for (String topic : Topics.ALL) sb.append(String.format(" %.2f |", foldThresholds.get(f).get(topic)));
            sb.append('\n');
        }
        sb.append("\nBest F1 over the threshold grid on the pooled held-out scores (an upper bound: this threshold was not chosen blind):\n\n")
          .append("| topic | threshold | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
        curves.forEach((topic, curve) -> {
            ThresholdCurve.Point best = curve.points().get(0);
            for (ThresholdCurve.Point p : curve.points()) if (p.f1() > best.f1()) best = p;
            sb.append(String.format("| %s | %.2f | %.3f | %.3f | %.3f |%n", topic, best.threshold(), best.precision(), best.recall(), best.f1()));
        });
        return sb.toString();
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("articles", evaluation.articles());
        Map<String, Object> topics = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            Map<String, Object> t = new LinkedHashMap<>();
            TopicEvaluation.TopicFigures f = evaluation.perTopic().get(topic);
            t.put("precision", f.precision());
            t.put("recall", f.recall());
            t.put("f1", f.f1());
            t.put("support", f.support());
            t.put("brier", reliability.get(topic).brier());
            t.put("expected_calibration_error", reliability.get(topic).expectedCalibrationError());
            List<Map<String, Object>> bins = new ArrayList<>();
            for (Reliability.Bin b : reliability.get(topic).bins()) {
                Map<String, Object> bin = new LinkedHashMap<>();
                bin.put("from", b.from());
                bin.put("to", b.to());
                bin.put("rows", b.rows());
                bin.put("mean_score", Double.isNaN(b.meanScore()) ? null : b.meanScore());
                bin.put("observed", Double.isNaN(b.observed()) ? null : b.observed());
                bins.add(bin);
            }
            t.put("reliability_bins", bins);
            List<Map<String, Object>> points = new ArrayList<>();
            for (ThresholdCurve.Point p : curves.get(topic).points()) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("threshold", p.threshold());
                point.put("precision", Double.isNaN(p.precision()) ? null : p.precision());
                point.put("recall", Double.isNaN(p.recall()) ? null : p.recall());
                point.put("f1", p.f1());
                points.add(point);
            }
            t.put("threshold_curve", points);
            topics.put(topic, t);
        }
        m.put("topics", topics);
        m.put("micro_f1", evaluation.microF1());
        m.put("macro_f1", evaluation.macroF1());
        m.put("exact_match", evaluation.exactMatch());
        m.put("fold_thresholds", foldThresholds);
        return m;
    }

    byte[] precisionRecallChart() throws IOException {
        List<BufferedImage> panels = new ArrayList<>();
        for (String topic : Topics.ALL) {
            XYChart chart = new XYChartBuilder().width(420).height(320).title(topic).xAxisTitle("threshold").yAxisTitle("").build();
            chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax(1.0).setChartBackgroundColor(Color.WHITE);
            List<Double> x = new ArrayList<>(), precision = new ArrayList<>(), recall = new ArrayList<>(), px = new ArrayList<>();
            for (ThresholdCurve.Point p : curves.get(topic).points()) {
                x.add(p.threshold());
                recall.add(p.recall());
                if (!Double.isNaN(p.precision())) {
                    px.add(p.threshold());
                    precision.add(p.precision());
                }
            }
            chart.addSeries("precision", px, precision).setMarker(SeriesMarkers.NONE);
            chart.addSeries("recall", x, recall).setMarker(SeriesMarkers.NONE);
            panels.add(BitmapEncoder.getBufferedImage(chart));
        }
        BufferedImage all = new BufferedImage(panels.stream().mapToInt(BufferedImage::getWidth).sum(), panels.get(0).getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        int left = 0;
        for (BufferedImage panel : panels) {
            g.drawImage(panel, left, 0, null);
            left += panel.getWidth();
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(all, "png", png);
        return png.toByteArray();
    }

    byte[] reliabilityChart() throws IOException {
        XYChart chart = new XYChartBuilder().width(520).height(440).title("reliability (held-out scores, 10 bins)")
                .xAxisTitle("mean score in bin").yAxisTitle("share of the bin carrying the topic").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax(1.0).setChartBackgroundColor(Color.WHITE);
        chart.addSeries("perfect calibration", List.of(0.0, 1.0), List.of(0.0, 1.0)).setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
        for (String topic : Topics.ALL) {
            List<Double> x = new ArrayList<>(), y = new ArrayList<>();
            for (Reliability.Bin b : reliability.get(topic).bins()) {
                if (b.rows() == 0) continue;
                x.add(b.meanScore());
                y.add(b.observed());
            }
            chart.addSeries(topic, x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }
}
