import java.nio.file.*; import java.util.*; import com.fasterxml.jackson.databind.*;
public class PrintFolds { public static void main(String[] a) throws Exception {
  ObjectMapper m = new ObjectMapper(); List<String> strata = new ArrayList<>(); List<String> ids = new ArrayList<>();
  for (String line : Files.readAllLines(Path.of(a[0]))) { if (line.isBlank()) continue; JsonNode n = m.readTree(line); ids.add(n.get("id").asText());
    Set<String> t = new TreeSet<>(); n.get("labels").forEach(x -> t.add(x.asText())); strata.add(briefing.topics.Folds.stratum(t)); }
  var folds = briefing.topics.Folds.assign(strata, 5, 20261122L); int[] f = new int[ids.size()];
  for (int k = 0; k < folds.size(); k++) for (int i : folds.get(k)) f[i] = k;
  for (int i = 0; i < ids.size(); i++) System.out.println(ids.get(i) + "\t" + f[i]);
}}
