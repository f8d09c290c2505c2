package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import briefing.summary.SummaryLength;
import org.junit.jupiter.api.Test;

class SummaryLengthFlagsTest {
    private static SummaryLength parse(String... args) throws UsageException {
        String[] all = new String[args.length + 4];
        all[0] = "--input";
        all[1] = "in.jsonl";
        all[2] = "--output";
        all[3] = "out";
        System.arraycopy(args, 0, all, 4, args.length);
        return RunCommand.summaryLength(CommandLine.parse(all, new RunCommand().flags()));
    }

    @Test
    void threeSentencesWithoutFlags() throws UsageException {
        assertEquals(SummaryLength.sentences(3), parse());
    }

    @Test
    void everyFlagGivenIsKept() throws UsageException {
        assertEquals(new SummaryLength(5, 120, 0.3), parse("--summary-sentences", "5", "--summary-words", "120", "--summary-ratio", "0.3"));
        assertEquals(SummaryLength.words(80), parse("--summary-words", "80"));
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThrows(UsageException.class, () -> parse("--summary-ratio", "1.5"));
        assertThrows(UsageException.class, () -> parse("--summary-ratio", "half"));
        assertThrows(UsageException.class, () -> parse("--summary-words", "0"));
        assertThrows(UsageException.class, () -> parse("--summary-sentences", "0"));
    }
}
